package check

import (
	"go/ast"
	"go/types"
)

// Calls passed to interface parameters of interpreted functions. yaegi
// v0.16.1 holds a value of an interface type the cells declare (Page) as
// a record of the value's type and the value; the result of a call given
// as the argument of a parameter of such a type (c.Put(newPage()), or the
// conversion the lowering makes of a concrete value, c.Put(HTML{...})
// becoming c.Put(func(C HTML) Page { ... }(HTML{...}))) it puts in a
// second record, of the parameter's type, around the first. Methods and
// type switches see through both, but the value put in an "any" (var v
// any = p, a list's element, a sync.Map's value) does not assert back:
// v.(Page) panicked, "interface conversion: main.HTML is not main.Page:
// missing method Path". A conversion to the parameter's type, which is
// no call, makes one record: c.Put(Page(newPage())).

// singleIfaceArg converts a, an argument of a call of an interpreted
// function for a parameter of type pt, to pt when pt is an interface the
// cells declare (or a literal) with methods and a is a call returning
// such an interface, or the lowering made it one (convTo's edits, from
// edit on, are those of a).
func (lw *lowerer) singleIfaceArg(a ast.Expr, pt types.Type, edit int) {
	if !cellIface(pt) || !spellable(lw.typ(pt)) {
		return
	}
	conv := lw.typ(pt) + "("
	if len(lw.edits) == edit+2 {
		open, close := &lw.edits[edit], &lw.edits[edit+1]
		if open.Start == lw.off(a.Pos()) && !open.close && close.close && close.Start == lw.off(a.End()) {
			open.Text = conv + open.Text
			close.Text += ")"
		}
		return
	}
	c, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok || len(lw.edits) != edit || lw.info.Types[c.Fun].IsType() || !cellIface(lw.info.TypeOf(c)) {
		return
	}
	lw.insert(a.Pos(), conv)
	lw.insertClose(a.End(), ")")
}

// cellIface reports whether t is an interface with methods that the cells
// declare, or an interface literal with methods: one of yaegi's own.
func cellIface(t types.Type) bool {
	if t == nil {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0 && it.IsMethodSet()
}
