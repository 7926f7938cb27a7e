package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// Results of a compiled call assigned to the notebook's interface
// variables. yaegi v0.16.1 assigns the results of a call of a compiled
// function with several results (r, err = f.Result(), v, ok =
// m.Load(k)) into the storage inside a variable of interface type, which
// is of the type of the value the variable held once the variable was
// passed to a function (an assertion the lowering makes a call, a
// func(any) the cell calls): after r held a []float64 and was asserted,
// r, err = f.Result() of a task returning a Vec with methods panicked,
// "reflect.Set: value of type interface {} is not assignable to type
// []float64", and one of the same type stayed under the record of the
// earlier value's type. This happens to the notebook's variables (those
// of a cell's top-level statements); a function's locals are not seen
// to. The call goes in a function literal returning its results, whose
// interpreted results yaegi assigns as it assigns interface values.

// compiledTupleIface wraps the call as described above, when as assigns
// the results of a call of a compiled function to several variables and
// one of them is a notebook variable of an interface type:
// r, err = func() (any, error) { return f.Result() }().
func (lw *lowerer) compiledTupleIface(as *ast.AssignStmt) {
	if len(as.Lhs) < 2 || len(as.Rhs) != 1 || len(lw.funcs) != 1 || lw.topStmts == nil {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	fn := lw.calledFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() == "main" {
		return
	}
	tuple, ok := lw.info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() != len(as.Lhs) || !lw.assignsNotebookIface(as.Lhs) {
		return
	}
	results := make([]string, tuple.Len())
	for i := range tuple.Len() {
		results[i] = lw.typ(tuple.At(i).Type())
		if !spellable(results[i]) {
			return
		}
	}
	lw.insert(call.Pos(), fmt.Sprintf("func() (%s) { return ", strings.Join(results, ", ")))
	lw.insertClose(call.End(), " }()")
	lw.markFreshResults(call)
}

// assignsNotebookIface reports whether one of lhs is a variable of an
// interface type that the notebook has or the cell's top-level
// statements declare.
func (lw *lowerer) assignsNotebookIface(lhs []ast.Expr) bool {
	top := lw.pkg.Scope().Innermost(lw.topStmts.Lbrace)
	for _, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := lw.info.Uses[id]
		if obj == nil {
			obj = lw.info.Defs[id]
		}
		v, ok := obj.(*types.Var)
		if !ok || !types.IsInterface(v.Type()) {
			continue
		}
		if v.Parent() == lw.pkg.Scope() || top != nil && v.Parent() == top {
			return true
		}
	}
	return false
}

// spreadTupleIface puts the call c's only argument, a call of several
// results of which one is of an interface type other than error
// (show(f.Result())), in a function literal that defines them and
// returns them, when c calls an interpreted function: yaegi v0.16.1
// passed the interface result the first time such a call ran and nil
// the next (in a loop, a function called again), where it came from
// compiled code holding a notebook value with methods (a task's any
// result): describe(pool.Submit(mk, 4).Result()) panicked in describe.
// func() (any, error) { R1, R2 := f.Result(); return R1, R2 }()
func (lw *lowerer) spreadTupleIface(c *ast.CallExpr, fn *types.Func) {
	if len(c.Args) != 1 || c.Ellipsis.IsValid() || lw.info.Types[c.Fun].IsType() {
		return
	}
	if fn != nil && (fn.Pkg() == nil || fn.Pkg().Path() != "main") {
		return // a compiled function or a builtin
	}
	if fn == nil {
		if _, builtin := lw.info.Uses[funcIdent(c.Fun)].(*types.Builtin); builtin {
			return
		}
		if n, ok := types.Unalias(lw.info.TypeOf(c.Fun)).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" {
			return // a compiled package's func type
		}
	}
	inner, ok := ast.Unparen(c.Args[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	tuple, ok := lw.info.TypeOf(inner).(*types.Tuple)
	if !ok || tuple.Len() < 2 {
		return
	}
	var results, names []string
	iface := false
	for i := range tuple.Len() {
		t := tuple.At(i).Type()
		iface = iface || types.IsInterface(t) && !types.Identical(t, errorType)
		s := lw.typ(t)
		if !spellable(s) {
			return
		}
		results, names = append(results, s), append(names, lw.fresh("R"))
	}
	if !iface {
		return
	}
	list := strings.Join(names, ", ")
	lw.insert(inner.Pos(), fmt.Sprintf("func() (%s) { %s := ", strings.Join(results, ", "), list))
	lw.insertClose(inner.End(), fmt.Sprintf("; return %s }()", list))
	lw.markFreshResults(inner)
}

// funcIdent returns the identifier of fun, a called function (f in f(x),
// F in p.F(x) and x.F(y)), or nil.
func funcIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}
