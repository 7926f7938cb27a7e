package check

import (
	"go/ast"
	"go/types"
)

// funcFieldMethod converts the receiver of a call of a method of a
// notebook func type (type Handler func(string) error, with a Handle
// method) that is a struct's field, r.H.Handle(s), to its type:
// Handler(r.H).Handle(s). yaegi v0.16.1 refused the call ("undefined
// method: Handle") while it ran the method on a variable, an element or
// a call's result.
func (lw *lowerer) funcFieldMethod(c *ast.CallExpr) {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if s, ok := lw.info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return
	}
	field, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if s, ok := lw.info.Selections[field]; !ok || s.Kind() != types.FieldVal {
		return
	}
	n, ok := types.Unalias(lw.info.TypeOf(field)).(*types.Named)
	if !ok || !isCellNamed(n) {
		return
	}
	if _, fn := n.Underlying().(*types.Signature); !fn {
		return
	}
	if m, _, _ := types.LookupFieldOrMethod(n, false, n.Obj().Pkg(), sel.Sel.Name); m == nil {
		return // a pointer receiver's: the field stays addressable
	}
	ts := lw.typ(n)
	if !spellable(ts) {
		return
	}
	lw.insert(sel.X.Pos(), ts+"(")
	lw.insertClose(sel.X.End(), ")")
}
