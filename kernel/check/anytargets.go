package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Assignments of several values to elements or fields of an empty
// interface type. yaegi v0.16.1 refused h[i], h[j] = h[j], h[i] on a
// []any at run time ("reflect.Set: value of type interface {} is not
// assignable to type interp.valueInterface"), as any assignment of
// several values one of whose targets is such an element, a field of
// such a type or a pointer's target (p.v, q.v = q.v, p.v; x, h[0] =
// h[0], h[1]). The values assigned from a function literal's results
// are assigned right: h[i], h[j] = func() (any, any) { return h[j],
// h[i] }(). (Elements of maps so assigned are not: those are left.)

// anyTargets wraps the values of as so, when as assigns several values
// with = and one of its targets is an element (not a map's), a field or
// a pointer's target of an empty interface type.
func (lw *lowerer) anyTargets(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return
	}
	found := false
	ts := make([]string, len(as.Lhs))
	for i, l := range as.Lhs {
		var t types.Type
		switch x := ast.Unparen(l).(type) {
		case *ast.Ident:
			if x.Name == "_" {
				t = types.Default(lw.info.TypeOf(as.Rhs[i]))
			} else {
				t = lw.info.TypeOf(x)
			}
		case *ast.IndexExpr:
			if isMap(lw.info.TypeOf(x.X)) {
				return
			}
			t = lw.info.TypeOf(x)
			found = found || isEmptyIface(t)
		case *ast.SelectorExpr, *ast.StarExpr:
			t = lw.info.TypeOf(x)
			found = found || isEmptyIface(t)
		default:
			return
		}
		if t == nil {
			return
		}
		if ts[i] = lw.typ(t); !spellable(ts[i]) {
			return
		}
	}
	if !found {
		return
	}
	lw.insert(as.Rhs[0].Pos(), fmt.Sprintf("func() (%s) { return ", strings.Join(ts, ", ")))
	lw.insertClose(as.Rhs[len(as.Rhs)-1].End(), " }()")
}
