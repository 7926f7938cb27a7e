package check

import (
	"go/ast"
	"go/types"
)

// funcParens drops the parentheses around a function value that is a
// name, a selector or an instantiation ((dbl), (strings.ToUpper),
// (obj.Method), (Map[int])): yaegi v0.16.1 loses a parenthesised
// declared function ([]func(int) int{(dbl)} held a *interface{} and
// panicked, or left the element nil; f := (dbl) and (dbl)(3) panicked;
// a later plain use of dbl failed too), and []func(int) int{(idn[int])}
// called another function. Without them it is the function itself;
// what the parentheses held is an operand, so the meaning is the same.
func (lw *lowerer) funcParens(p *ast.ParenExpr) {
	tv, ok := lw.info.Types[p]
	if !ok || !tv.IsValue() {
		return
	}
	if _, ok := tv.Type.Underlying().(*types.Signature); !ok {
		return
	}
	switch ast.Unparen(p.X).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
	default:
		return
	}
	lw.replace(p.Lparen, p.X.Pos(), "")
	lw.replace(p.X.End(), p.Rparen+1, "")
}

// funcValueConv converts a use of a function a cell declared as a value
// (not called: return dbl, append(fs, dbl), []func(int) int{dbl}, g :=
// dbl) to its own type, (func(int) int)(dbl): yaegi v0.16.1 panicked
// (reflect.Set: value of type *interp.node is not assignable to type
// func(int) int) where a function's body returned it or append took it,
// and once a declaration's body had used it so, at every later use of it
// as a value. Converted, it is a function value of that type.
func (lw *lowerer) funcValueConv(id *ast.Ident) {
	if lw.notValue[id] {
		return
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != lw.pkg.Scope() {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.TypeParams().Len() > 0 {
		return
	}
	ts := lw.typ(sig)
	if !spellable(ts) {
		return
	}
	lw.insert(id.Pos(), "("+ts+")(")
	lw.insertClose(id.End(), ")")
}

// monoFuncValue returns name, the copy kernel/cell/mono made of what the
// expression n instantiates, as lowered code spells n: a generic
// function used as a value (return Double from a func() func(float64)
// float64, f := Map[int, string]) is converted to its type, as
// funcValueConv converts a declared function; called, it is name.
func (lw *lowerer) monoFuncValue(n ast.Node, name string) string {
	e, ok := n.(ast.Expr)
	if !ok {
		return name
	}
	sig, ok := lw.info.TypeOf(e).(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return name
	}
	if len(lw.stack) >= 2 {
		if c, ok := lw.stack[len(lw.stack)-2].(*ast.CallExpr); ok && ast.Unparen(c.Fun) == e {
			return name
		}
	}
	ts := lw.typ(sig)
	if !spellable(ts) {
		return name
	}
	return "(" + ts + ")(" + name + ")"
}
