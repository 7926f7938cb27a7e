package check

import (
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// unsafeCall lowers n, a call of one of package unsafe's functions, which
// yaegi v0.16.1 lacks or gets wrong: Sizeof, Alignof and Offsetof are
// constants, go/types' with gc's sizes (yaegi's would measure its own
// types, whose fields it may lay out otherwise); String, StringData,
// Slice and SliceData go through rt (Slice's and SliceData's results
// asserted to their types); Add gets an int, as yaegi's takes.
func (lw *lowerer) unsafeCall(n *ast.CallExpr) bool {
	sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	b, ok := lw.info.Uses[sel.Sel].(*types.Builtin)
	if !ok || b.Pkg() != types.Unsafe {
		return true
	}
	asInt := func(e ast.Expr) {
		if !lw.isInt(e) {
			lw.insert(e.Pos(), "int(")
			lw.insertClose(e.End(), ")")
		}
	}
	switch b.Name() {
	case "Sizeof", "Alignof", "Offsetof":
		if tv := lw.info.Types[n]; tv.Value != nil {
			lw.replace(n.Pos(), n.End(), lw.constant(tv))
			return false
		}
	case "String", "StringData":
		lw.extraImport(rtName, rt.Path)
		lw.replace(n.Fun.Pos(), n.Fun.End(), rtName+".Unsafe"+b.Name())
		if len(n.Args) == 2 {
			asInt(n.Args[1])
		}
	case "Slice", "SliceData":
		t := lw.typ(lw.info.TypeOf(n))
		if !spellable(t) {
			return true
		}
		lw.extraImport(rtName, rt.Path)
		lw.replace(n.Fun.Pos(), n.Fun.End(), rtName+".Unsafe"+b.Name())
		if len(n.Args) == 2 {
			asInt(n.Args[1])
		}
		lw.insertClose(n.End(), ".("+t+")")
	case "Add":
		if len(n.Args) == 2 {
			asInt(n.Args[1])
		}
	}
	return true
}
