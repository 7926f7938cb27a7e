package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// switchIndexed lowers an expression switch whose default clause, not
// the last, is entered or left by fallthrough: yaegi v0.16.1 swaps the
// default clause with the last one, so a default ending in fallthrough
// fell through to nothing, and a clause before it fell through past it
// (defaultLast keeps the cases' order, not where fallthrough goes). The
// switch becomes a switch on the index of the clause that matches, which
// a function literal computes (its default last, which changes nothing
// there), and whose cases are the clauses' indexes in their order:
//
//	switch n { case 1: a; fallthrough; default: b; fallthrough; case 3: c }
//
// becomes
//
//	switch (func() int { switch n { case 1: return 0; case 3: return 2 }; return 1 })() {
//	case 0: a; fallthrough; case 1: b; fallthrough; case 2: c }
//
// The tag and the cases are copied as written, so only a switch whose
// tag and cases basicCase accepts (values of basic types: names,
// constants, fields, operations, calls of functions of basic types) is
// lowered. It reports whether it
// lowered sw, whose init statement and clauses' bodies it then walks.
func (lw *lowerer) switchIndexed(sw *ast.SwitchStmt) bool {
	list := sw.Body.List
	di := -1
	for i, s := range list {
		if c := s.(*ast.CaseClause); c.List == nil {
			di = i
		}
	}
	if di < 0 || di == len(list)-1 {
		return false
	}
	endsInFallthrough := func(c ast.Stmt) bool {
		body := c.(*ast.CaseClause).Body
		if len(body) == 0 {
			return false
		}
		b, ok := body[len(body)-1].(*ast.BranchStmt)
		return ok && b.Tok == token.FALLTHROUGH
	}
	if !endsInFallthrough(list[di]) && (di == 0 || !endsInFallthrough(list[di-1])) {
		return false
	}
	before, after, ok := lw.switchIndexedBasic(sw, di)
	iface := false
	if !ok {
		if before, after, ok = lw.switchIndexedIface(sw, di); !ok {
			// yaegi v0.16.1 would run the default clause last: the
			// fallthrough into or out of it would go elsewhere
			lw.refuse(sw.Switch, "cannot run a switch whose default clause, not the last, is entered or left by fallthrough, with a case the lowering cannot copy (a call, or an expression of other operands): the interpreter runs the default clause last; move it to the end, or give the cases' values names first")
			return false
		}
		iface = sw.Tag != nil // (the tag stays, in the call's parentheses)
	}
	if sw.Init != nil { // (yaegi v0.16.1 skipped a tag that is no name after an init: switchInitTag)
		before = "{ default: switch " + before
		lw.insertClose(sw.End(), " }")
	}
	switch {
	case iface:
		lw.insert(sw.Tag.Pos(), before)
		lw.insertClose(sw.Tag.End(), after)
	case sw.Tag != nil:
		lw.replace(sw.Tag.Pos(), sw.Tag.End(), before)
	default:
		lw.insert(sw.Body.Lbrace, before+" ")
	}
	for i, s := range list {
		c := s.(*ast.CaseClause)
		lw.replace(c.Case, c.Colon, "case "+strconv.Itoa(i))
	}
	if sw.Init != nil {
		lw.walk(sw.Init)
	}
	if iface {
		lw.walk(sw.Tag)
	}
	for _, s := range list {
		lw.stack = append(lw.stack, sw.Body, s)
		for _, st := range s.(*ast.CaseClause).Body {
			lw.walk(st)
		}
		lw.stack = lw.stack[:len(lw.stack)-2]
	}
	return true
}

// switchIndexedBasic builds the index function of sw, a switch whose
// default clause is list[di], when its tag and cases are all values that
// basicCase accepts: the text that replaces the tag (or goes before the
// body, without a tag), and whether it did.
func (lw *lowerer) switchIndexedBasic(sw *ast.SwitchStmt, di int) (string, string, bool) {
	list := sw.Body.List
	if sw.Tag != nil && !lw.basicCase(sw.Tag) {
		return "", "", false
	}
	for _, s := range list {
		for _, e := range s.(*ast.CaseClause).List {
			if !lw.basicCase(e) {
				return "", "", false
			}
		}
	}
	text := func(e ast.Expr) string {
		if tv := lw.info.Types[e]; tv.Value != nil {
			return lw.constant(tv)
		}
		return lw.text(e)
	}
	var b strings.Builder
	b.WriteString("(func() int { switch ")
	if sw.Tag != nil {
		b.WriteString(text(sw.Tag) + " ")
	}
	b.WriteString("{ ")
	for i, s := range list {
		for _, e := range s.(*ast.CaseClause).List {
			b.WriteString("case " + text(e) + ": return " + strconv.Itoa(i) + "; ")
		}
	}
	b.WriteString("}; return " + strconv.Itoa(di) + " })()")
	return b.String(), "", true
}

// basicCase reports whether e, a switch's tag or case, may be copied as
// written: it and its operands are values of basic types, or structs
// and arrays of them (no interface a comparison would need lowered),
// that harmless accepts (composite literals too), or calls of
// functions (not methods, nor function values) whose parameters and
// results are of basic types (unicode.IsUpper(r), isVowel(r)).
func (lw *lowerer) basicCase(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		x, isExpr := n.(ast.Expr)
		if !ok || !isExpr {
			return ok
		}
		tv, found := lw.info.Types[x]
		if !found || tv.IsType() || tv.Value != nil {
			return false
		}
		if !plainComparable(tv.Type) {
			ok = false
			return false
		}
		switch c := x.(type) {
		case *ast.CallExpr:
			if lw.basicFuncCall(c) {
				for _, a := range c.Args {
					ok = ok && lw.basicCase(a)
				}
				return false
			}
			ok = lw.harmless(c) // (a conversion, len, cap)
			return ok
		case *ast.Ident, *ast.BasicLit, *ast.SelectorExpr, *ast.ParenExpr, *ast.BinaryExpr, *ast.UnaryExpr, *ast.IndexExpr,
			*ast.CompositeLit, *ast.KeyValueExpr:
			ok = lw.shallowHarmless(x)
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// shallowHarmless is harmless for x itself, its operands aside.
func (lw *lowerer) shallowHarmless(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BinaryExpr:
		switch x.Op {
		case token.QUO, token.REM:
			v := lw.info.Types[x.Y].Value
			return v != nil && constant.Sign(v) != 0
		case token.SHL, token.SHR:
			return !lw.mayShiftNegative(x.Y)
		}
	case *ast.IndexExpr:
		_, isMap := typeUnder(lw.info.TypeOf(x.X)).(*types.Map)
		return isMap
	case *ast.UnaryExpr:
		return x.Op != token.ARROW
	case *ast.SelectorExpr:
		sel, found := lw.info.Selections[x]
		return !found || !sel.Indirect() && sel.Kind() == types.FieldVal // (not a method value: basicFuncCall)
	}
	return true
}

// basicFuncCall reports whether c calls a declared function (of a
// package or the notebook, not a method nor a function value, nor one
// the lowering tags) whose parameters and results are of basic types.
func (lw *lowerer) basicFuncCall(c *ast.CallExpr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		if _, isPkg := lw.info.Uses[identOf(f.X)].(*types.PkgName); !isPkg {
			return false
		}
		id = f.Sel
	default:
		return false
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	if !ok || c.Ellipsis.IsValid() || lw.cfg.Tag != "" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.TypeParams().Len() > 0 || sig.Variadic() {
		return false
	}
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := range tup.Len() {
			if _, basic := tup.At(i).Type().Underlying().(*types.Basic); !basic {
				return false
			}
		}
	}
	return sig.Results().Len() == 1
}

// plainComparable reports whether values of type t compare without a
// lowering: t is a basic type, or a struct or array of such.
func plainComparable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Array:
		return plainComparable(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if !plainComparable(u.Field(i).Type()) {
				return false
			}
		}
		return true
	}
	return false
}
