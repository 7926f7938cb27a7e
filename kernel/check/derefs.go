package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Dereferences of nil pointers that must panic. yaegi v0.16.1 lets the
// dereference of a nil pointer pass where its value is thrown away
// (_ = *cfg, a nil check Go programs write), converted to an interface
// explicitly (any(*p) is nil) or put in a map literal (map[string]any{"k":
// *p} comes out without the element); Go panics with "invalid memory
// address or nil pointer dereference" at each. Copied into a typed
// element the dereference panics in yaegi too: each such *p becomes
// []T{*p}[0].

// checkedDeref makes e, when it is a dereference of a pointer, a copy of
// the value into a slice element.
func (lw *lowerer) checkedDeref(e ast.Expr) {
	star, ok := ast.Unparen(e).(*ast.StarExpr)
	if !ok {
		return
	}
	tv, ok := lw.info.Types[star]
	if !ok || !tv.IsValue() {
		return
	}
	ts := lw.typ(tv.Type)
	if !spellable(ts) {
		return
	}
	lw.insert(star.Pos(), "[]"+ts+"{")
	lw.insertClose(star.End(), "}[0]")
}

// blankDerefs checks the dereferences assigned to the blank identifier
// only (_ = *p; _, _ = *p, *q).
func (lw *lowerer) blankDerefs(lhs []*ast.Ident, lhsExprs, rhs []ast.Expr) {
	if len(rhs) == 0 || len(lhs)+len(lhsExprs) != len(rhs) {
		return
	}
	for i, r := range rhs {
		var l ast.Expr
		if lhs != nil {
			l = lhs[i]
		} else {
			l = lhsExprs[i]
		}
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			lw.checkedDeref(r)
		}
	}
}

// convDeref checks the dereference converted to an interface type in c.
func (lw *lowerer) convDeref(c *ast.CallExpr) {
	if len(c.Args) != 1 || !lw.info.Types[c.Fun].IsType() {
		return
	}
	if _, iface := lw.info.TypeOf(c.Fun).Underlying().(*types.Interface); iface {
		lw.checkedDeref(c.Args[0])
	}
}

// mapLitDerefs checks the dereferences that are keys or elements of the
// map literal cl.
func (lw *lowerer) mapLitDerefs(cl *ast.CompositeLit) {
	t := lw.info.TypeOf(cl)
	if t == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Map); !ok {
		return
	}
	for _, e := range cl.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			lw.checkedDeref(kv.Key)
			lw.checkedDeref(kv.Value)
		}
	}
}

// isAssign reports whether tok assigns (= or :=), not an operation.
func isAssign(tok token.Token) bool { return tok == token.ASSIGN || tok == token.DEFINE }
