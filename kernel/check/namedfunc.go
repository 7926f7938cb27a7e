package check

import (
	"go/ast"
	"go/types"
	"strings"
)

// Values of a named function type the cells declare (type Seq
// func(yield func(int) bool), kernel/cell/mono's copy of an iter.Seq):
// yaegi v0.16.1 keeps one type for all of them, and a return statement
// sets that type's node to the returned expression's. After return
// b.All() (an expression whose first operand has operands of its own:
// a call of a method, of a package's function, a field of a field) the
// type looked like a generic function's, and the next call of a value of
// the type was taken for a generic call: a nil dereference compiling
// the cell ("CFG post-order panic"), in the cell or any later one. The
// lowering returns such an expression converted to the function type it
// stands for, and calls the function a range over a function ranges over
// as that type; so do the function literals a method value or a method
// expression stands for.

// unnamedFunc spells the function type that t, a named function type of
// the notebook's or iter's, stands for; "" for any other type.
func (lw *lowerer) unnamedFunc(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	if p := n.Obj().Pkg().Path(); p != "main" && p != "iter" {
		return "" // a compiled package's: yaegi's type of it is reflect's
	}
	sig, ok := n.Underlying().(*types.Signature)
	if !ok || recursiveFunc(t) != nil || n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return "" // one made of itself is boxed (recfuncs.go); one declared in a function left as it is
	}
	s := lw.typ(sig)
	if !spellable(s) {
		return ""
	}
	return s
}

// namedFuncResult converts e, a result of a return statement, to the
// function type its named function type stands for, where e is not a
// name or a function literal (those leave the type as it was).
func (lw *lowerer) namedFuncResult(e ast.Expr) {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.FuncLit:
		return
	}
	if s := lw.unnamedFunc(lw.info.TypeOf(e)); s != "" {
		lw.insert(e.Pos(), "("+s+")(")
		lw.insertClose(e.End(), ")")
	}
}

// namedFuncCall returns call, a call of a function of signature sig that
// a function literal of the lowering's returns, converted as
// namedFuncResult converts a result, where sig's one result is of a
// named function type.
func (lw *lowerer) namedFuncCall(sig *types.Signature, call string) string {
	if sig.Results().Len() != 1 {
		return call
	}
	if s := lw.unnamedFunc(sig.Results().At(0).Type()); s != "" {
		return "(" + s + ")(" + call + ")"
	}
	return call
}

// namedFuncTupleReturn is namedFuncResult for a return of a call of
// several results (return b.Open() in a function returning (Seq,
// error)), of a function not named by an identifier: the return becomes
// a block that takes the results and returns them, those of named
// function types converted, { R1, R2 := b.Open(); return (func(func(int)
// bool))(R1), R2 }. (Not a function literal returning them converted:
// yaegi v0.16.1 returned its other results as zeros.) A return in the
// body of a range over a function is left as it is: rangeFunc makes it
// an assignment.
func (lw *lowerer) namedFuncTupleReturn(r *ast.ReturnStmt, res *types.Tuple) {
	if len(r.Results) != 1 || res.Len() < 2 || lw.enclosingRangeFunc() != nil {
		return
	}
	call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	if _, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		return
	}
	tuple, ok := lw.info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() != res.Len() {
		return
	}
	names := make([]string, res.Len())
	vals := make([]string, res.Len())
	need := false
	for i := range names {
		if recursiveFunc(res.At(i).Type()) != nil {
			return // (recFuncTupleReturn's)
		}
		names[i] = lw.fresh("R")
		vals[i] = names[i]
		if s := lw.unnamedFunc(tuple.At(i).Type()); s != "" && !types.IsInterface(res.At(i).Type()) {
			vals[i], need = "("+s+")("+names[i]+")", true
		}
	}
	if !need {
		return
	}
	lw.replace(r.Pos(), call.Pos(), "{ "+strings.Join(names, ", ")+" := ")
	lw.replace(call.End(), r.End(), "; return "+strings.Join(vals, ", ")+" }")
}
