package check

import (
	"go/ast"
	"go/types"
)

// compiledFuncConv converts e, a function the notebook declared (its
// name), explicitly to dst when dst is a named function type of a
// compiled package (bufio.SplitFunc, http.HandlerFunc): yaegi v0.16.1
// stores such a function's node itself in a place of that type (an
// argument of a cell's function, a field, an element, a variable) and
// panics (reflect.Set: value of type *interp.node is not assignable to
// type bufio.SplitFunc), or leaves the place nil; bufio.SplitFunc(words)
// it runs right.
func (lw *lowerer) compiledFuncConv(e ast.Expr, dst types.Type) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" {
		return
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.TypeParams().Len() > 0 {
		return
	}
	n, ok := types.Unalias(dst).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" {
		return
	}
	if _, ok := n.Underlying().(*types.Signature); !ok {
		return
	}
	ts := lw.typ(dst)
	if !spellable(ts) {
		return
	}
	lw.insert(id.Pos(), ts+"(") // inside parentheses: yaegi loses ([]F{(words)})
	lw.insertClose(id.End(), ")")
}
