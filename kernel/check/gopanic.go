package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"hash/fnv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// goPanic runs the call of a go statement in a wrapper, a function of
// the notebook's that defers Config.GoPanic(recover()) (goWrapper): go
// worker(n) becomes
//
//	go gofuturesGo1a2b3c4d(worker, n)
//	func gofuturesGo1a2b3c4d(gofuturesF func(int), gofuturesG1 int) { GoStart(); defer func() { GoPanic(recover()) }(); gofuturesF(gofuturesG1) }
//
// on the same line, the function and its arguments evaluated where the go
// statement is, as Go does. yaegi v0.16.1 lets the panic of a goroutine a
// cell started reach the runtime, which ends the interpreter process
// with none of the notebook's frames; recovered in the goroutine, the
// session can say where it happened before the process ends (as Go's
// program does).
//
// A function literal, a function the notebook declares or a package's, a
// function value (a variable's, a field's, a call's result: yaegi v0.16.1
// itself reads a go statement's function variable when the goroutine
// starts) is the wrapper's first argument; a method's receiver is, as Go
// evaluates it at the go statement:
//
//	go s.run(ch)  becomes  go gofuturesGo…(&s, ch), which calls gofuturesR.run(gofuturesG1)
//
// An instance of a generic function the notebook declares stays in a
// literal (its text names kernel/cell/mono's copy). Builtins, methods of
// generic types that are no copy's, methods promoted through fields not
// spelled here, calls in generic functions and parameters of types
// package main cannot spell are left as they were.
func (lw *lowerer) goPanic(g *ast.GoStmt) {
	if lw.cfg.GoPanic == "" {
		return
	}
	c := g.Call
	tv, ok := lw.info.Types[c.Fun]
	if !ok || tv.IsBuiltin() || tv.IsType() {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 || mentionsTypeParam(sig) {
		return // (in a generic function: its copies spell its types otherwise)
	}
	// callee: the wrapper's first parameter, the function value called;
	// or "" for a method (the receiver is) or a generic function's
	// instance (its text stays, in a literal)
	var callee, recvType, recvPrefix, recvPath string
	var method *ast.SelectorExpr
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		if !lw.goStableFunc(f) {
			callee = lw.typ(tv.Type)
		}
	case *ast.SelectorExpr:
		if s := lw.info.Selections[f]; s != nil && s.Kind() == types.MethodVal {
			if f != c.Fun {
				return // (go (s.run)(ch): the parentheses are in the way)
			}
			var ok bool
			recvType, recvPrefix, recvPath, ok = lw.goReceiver(f, s)
			if !ok {
				return
			}
			method = f
		} else {
			callee = lw.typ(tv.Type)
		}
	case *ast.Ident:
		if !sig.Variadic() || !lw.goStableFunc(f) {
			callee = lw.typ(tv.Type)
		} // (else yaegi v0.16.1 cannot pass it: "reflect.Set: value of type *interp.node is not assignable")
	default:
		callee = lw.typ(tv.Type)
	}
	if callee != "" && !spellable(callee) || recvType != "" && !spellable(recvType) {
		return
	}
	if len(c.Args) == 1 {
		if _, tuple := lw.info.TypeOf(c.Args[0]).(*types.Tuple); tuple {
			// go f(g()): the wrapper cannot take g's results after
			// f; a literal calling f can, when f is the same value
			// when the goroutine starts (a literal's, a declared
			// function's)
			_, lit := ast.Unparen(c.Fun).(*ast.FuncLit)
			if method != nil || !lit && !lw.goStableFunc(ast.Unparen(c.Fun)) {
				return
			}
			method, callee = nil, ""
		}
	}
	var params, args []string
	n := sig.Params().Len()
	for i := range n {
		t := sig.Params().At(i).Type()
		name := fmt.Sprintf("gofuturesG%d", i+1)
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
	open := lw.goStart() + "defer func() { " + lw.cfg.GoPanic + "(recover()) }(); "
	call := "(" + strings.Join(args, ", ") + ") }"
	sep := ""
	if len(c.Args) > 0 {
		sep = ", "
	}
	switch {
	case method != nil:
		params = append([]string{"gofuturesR " + recvType}, params...)
		lw.insert(c.Pos(), lw.goWrapper(params, open+"gofuturesR."+method.Sel.Name+call)+"("+recvPrefix)
		lw.replace(method.X.End(), c.Lparen+1, recvPath+sep)
	case callee != "":
		params = append([]string{"gofuturesF " + callee}, params...)
		lw.insert(c.Pos(), lw.goWrapper(params, open+"gofuturesF"+call)+"(")
		lw.replace(c.Fun.End(), c.Lparen+1, sep)
	default:
		lw.insert(c.Pos(), "func("+strings.Join(params, ", ")+") { "+open)
		lw.insertClose(c.Lparen, call)
	}
}

// goWrapper declares (once) the package-level function of the notebook
// with params and body that a go statement's goroutine runs, and returns
// its name. A function literal as the wrapper, called where the go
// statement is, cost the goroutine's start 2.5 times as much CPU
// (50,000 goroutines of go work(i, &wg, out): 5.2 s against 2.1 s; a
// plain go statement 0.9 s): yaegi v0.16.1 makes a closure of a literal
// each time it evaluates it. A function the notebook declares is
// called through the value the go statement passes, as a literal is: a
// cell that declares it again is seen by the next go statement of a
// caller (which the session evaluates again), not by the wrapper.
func (lw *lowerer) goWrapper(params []string, body string) string {
	sig := strings.Join(params, ", ")
	h := fnv.New32a()
	h.Write([]byte(sig + "\x00" + body))
	name := fmt.Sprintf("gofuturesGo%08x", h.Sum32())
	lw.generate(cell.Func, name, "func "+name+"("+sig+") { "+body)
	return name
}

// goStableFunc reports whether f, a go statement's callee, names a
// function the notebook declares or an imported package's (an instance
// of a generic one too): its value is the same when the goroutine starts.
func (lw *lowerer) goStableFunc(f ast.Expr) bool {
	switch x := f.(type) {
	case *ast.IndexExpr:
		f = x.X
	case *ast.IndexListExpr:
		f = x.X
	}
	switch x := f.(type) {
	case *ast.Ident:
		fn, ok := lw.info.Uses[x].(*types.Func)
		return ok && fn.Parent() == lw.pkg.Scope()
	case *ast.SelectorExpr:
		id, ok := x.X.(*ast.Ident)
		if !ok {
			return false
		}
		if _, ok := lw.info.Uses[id].(*types.PkgName); !ok {
			return false
		}
		_, ok = lw.info.Uses[x.Sel].(*types.Func)
		return ok
	}
	return false
}

// goReceiver spells the receiver of the method value f (selection s) of
// a go statement's call as Go evaluates it at the go statement: its type
// (the method's receiver's, or an interface's), the prefix that takes its
// address or the value it points to, and the fields after f.X it is
// promoted through (see methodValue).
func (lw *lowerer) goReceiver(f *ast.SelectorExpr, s *types.Selection) (typ, prefix, path string, ok bool) {
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return "", "", "", false
	}
	path, xt, ok := lw.embeddedPath(lw.info.Types[f.X].Type, s.Index())
	if !ok {
		return "", "", "", false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || sig.TypeParams().Len() > 0 {
		return "", "", "", false
	}
	rt := sig.Recv().Type()
	if _, iface := rt.Underlying().(*types.Interface); iface {
		rt = xt // (the interface value, or the field that holds it)
		if p, ok := rt.Underlying().(*types.Pointer); ok {
			rt, prefix = p.Elem(), "*" // (a method of an embedded interface, through a pointer)
		}
	} else {
		prefix = recvPrefix(rt, xt)
	}
	typ = lw.typ(rt)
	if sig.RecvTypeParams().Len() > 0 && strings.Contains(typ, "[") || mentionsTypeParam(rt) {
		return "", "", "", false // a method of a generic type that is no copy's
	}
	return typ, prefix, path, true
}

// goroutineFuncs are the standard library's functions and methods
// (types.Func.FullName) that run a function given to them on a goroutine
// of their own: the argument's index, and whether Go panics again with
// what the function panicked with (sync.WaitGroup.Go since Go 1.26,
// "[recovered, repanicked]", Done never called).
var goroutineFuncs = map[string]struct {
	arg      int
	repanics bool
}{
	"time.AfterFunc":       {1, false},
	"context.AfterFunc":    {1, false},
	"(*sync.WaitGroup).Go": {0, true},
}

// goroutineFunc recovers, as goPanic does a go statement's, the panic
// that ends a goroutine the standard library starts (goroutineFuncs):
// the function given (evaluated where it is given, as Go does) runs in a
// literal that defers GoPanic(recover()), on the same line:
//
//	time.AfterFunc(d, f)  becomes  time.AfterFunc(d, func(gofuturesG1 func()) func() { return func() { GoStart(); defer ...; gofuturesG1() } }(f))
//
// (the function's own frame stays among those the panic unwinds, which
// yaegi v0.16.1 prints and the traceback names; the wrapper's, which
// recovers it, is left out as a go statement's is). For a starter that
// panics again, the value recovered is rt.Repanic's.
func (lw *lowerer) goroutineFunc(c *ast.CallExpr, fn *types.Func) {
	g, ok := goroutineFuncs[fn.FullName()]
	if lw.cfg.GoPanic == "" || !ok || len(c.Args) <= g.arg {
		return
	}
	recovered := "recover()"
	if g.repanics {
		lw.extraImport(rtName, rt.Path)
		recovered = rtName + ".Repanic(recover())"
	}
	f := c.Args[g.arg]
	v := lw.fresh("G")
	lw.insert(f.Pos(), "func("+v+" func()) func() { return func() { "+lw.goStart()+"defer func() { "+lw.cfg.GoPanic+"("+recovered+") }(); "+v+"() } }(")
	lw.insertClose(f.End(), ")")
}

// goStart is the call of Config.GoStart a wrapped goroutine begins
// with, and a semicolon; "" when there is none.
func (lw *lowerer) goStart() string {
	if lw.cfg.GoStart == "" {
		return ""
	}
	return lw.cfg.GoStart + "(); "
}
