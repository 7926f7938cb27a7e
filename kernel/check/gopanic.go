package check

import (
	"go/ast"
	"go/types"
	"strings"
)

// goPanic runs the call of a go statement in a function literal that
// defers Config.GoPanic(recover()): go worker(n) becomes
//
//	go func(gofuturesG1 int) { GoStart(); defer func() { GoPanic(recover()) }(); worker(gofuturesG1) }(n)
//
// on the same line, the arguments evaluated where the go statement is, as
// Go does. yaegi v0.16.1 lets the panic of a goroutine a cell started
// reach the runtime, which ends the interpreter process with none of the
// notebook's frames; recovered in the goroutine, the session can say
// where it happened before the process ends (as Go's program does).
//
// The callee is a function literal, a function the notebook declares or
// a function of an imported package: their values do not change between
// the go statement and the goroutine's start. Methods (whose receiver Go
// evaluates at the go statement), generic functions, builtins and
// parameters of types package main cannot spell are left as they were.
func (lw *lowerer) goPanic(g *ast.GoStmt) {
	if lw.cfg.GoPanic == "" {
		return
	}
	c := g.Call
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.FuncLit:
	case *ast.Ident:
		fn, ok := lw.info.Uses[f].(*types.Func)
		if !ok || fn.Parent() != lw.pkg.Scope() {
			return
		}
		if _, generic := lw.info.Instances[f]; generic {
			return
		}
	case *ast.SelectorExpr:
		x, ok := f.X.(*ast.Ident)
		if !ok {
			return
		}
		if _, ok := lw.info.Uses[x].(*types.PkgName); !ok {
			return
		}
		if _, ok := lw.info.Uses[f.Sel].(*types.Func); !ok {
			return
		}
		if _, generic := lw.info.Instances[f.Sel]; generic {
			return
		}
	default:
		return
	}
	tv, ok := lw.info.Types[c.Fun]
	if !ok || tv.IsBuiltin() || tv.IsType() {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return
	}
	var params, args []string
	n := sig.Params().Len()
	for i := range n {
		t := sig.Params().At(i).Type()
		name := lw.fresh("G")
		arg := name
		if i == n-1 && sig.Variadic() {
			s, ok := t.Underlying().(*types.Slice)
			if !ok {
				return // (append's []byte and string: a builtin)
			}
			t, arg = s.Elem(), name+"..."
		}
		ts := lw.typ(t)
		if !spellable(ts) {
			return
		}
		if arg != name {
			ts = "..." + ts
		}
		params = append(params, name+" "+ts)
		args = append(args, arg)
	}
	start := strings.TrimSuffix(lw.cfg.GoPanic, "GoPanic") + "GoStart"
	lw.insert(c.Pos(), "func("+strings.Join(params, ", ")+") { "+start+"(); defer func() { "+lw.cfg.GoPanic+"(recover()) }(); ")
	lw.insertClose(c.Lparen, "("+strings.Join(args, ", ")+") }")
}
