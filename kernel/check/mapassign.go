package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// tupleMapAssign lowers an assignment of several values from one
// expression (a call's results, or a comma-ok index, assertion or
// receive) whose targets include a map's element: m[k], err =
// strconv.Atoi(s), counts[w], ok = seen[w]. yaegi v0.16.1 stores
// nothing in the map (the other targets get their values). The values
// go to a function literal as its arguments, and the function assigns
// them, a parallel assignment yaegi stores right:
//
//	(func(R1 int, R2 error) { m[k], err = R1, R2 })(strconv.Atoi(s))
//
// with a comma-ok expression first made a call of its own, func() (T,
// bool) { V, OK := x.(T); return V, OK }(). Go evaluates the operands
// of the targets' indexes before the right side, this lowering after
// it: only targets whose operands call nothing and receive nothing are
// lowered. A select's case keeps its receive; elements of a map of an
// empty interface type are mapAnyTargets' (anytargets.go).
func (lw *lowerer) tupleMapAssign(n *ast.AssignStmt) {
	if n.Tok != token.ASSIGN || len(n.Lhs) < 2 || len(n.Rhs) != 1 || lw.commStmts[n] {
		return
	}
	toMap := false
	for _, l := range n.Lhs {
		ix, ok := ast.Unparen(l).(*ast.IndexExpr)
		if !ok {
			continue
		}
		if m, ok := lw.info.TypeOf(ix.X).Underlying().(*types.Map); ok {
			if isEmptyIface(m.Elem()) {
				return // (mapAnyTargets assigns them one at a time)
			}
			toMap = true
		}
	}
	if !toMap || !quiet(n.Lhs) {
		return
	}
	tup, ok := lw.info.TypeOf(n.Rhs[0]).(*types.Tuple)
	if !ok || tup.Len() != len(n.Lhs) {
		return
	}
	params := make([]string, tup.Len())
	names := make([]string, tup.Len())
	typs := make([]string, tup.Len())
	for i := range tup.Len() {
		t := tup.At(i).Type()
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			t = types.Default(t)
		}
		typs[i] = lw.typ(t)
		if !spellable(typs[i]) {
			return
		}
		names[i] = lw.fresh("R")
		params[i] = names[i] + " " + typs[i]
	}
	mid := " = " + strings.Join(names, ", ") + " })("
	close := ")"
	if _, call := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); !call {
		v, okName := lw.fresh("V"), lw.fresh("OK")
		mid += "func() (" + strings.Join(typs, ", ") + ") { " + v + ", " + okName + " := "
		close = "; return " + v + ", " + okName + " }())"
	}
	lw.insert(n.Pos(), "(func("+strings.Join(params, ", ")+") { ")
	lw.replace(n.Lhs[len(n.Lhs)-1].End(), n.Rhs[0].Pos(), mid)
	lw.insertClose(n.End(), close)
}

// quiet reports whether es call no function and receive from no channel.
func quiet(es []ast.Expr) bool {
	ok := true
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr, *ast.FuncLit:
				ok = false
			case *ast.UnaryExpr:
				if x.Op == token.ARROW {
					ok = false
				}
			}
			return ok
		})
	}
	return ok
}
