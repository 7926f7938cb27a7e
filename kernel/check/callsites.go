package check

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"
)

// A panic's traceback names each caller's line, as Go's does, when the
// caller's body has one place that can have called the frame inside it:
// calls records, for a function's body and each literal's, the lines of
// its calls by what they may call (CallsTo), at no cost to the code.

// Keys of a body's calls (cell.Decl's Calls) other than a function's
// name ("f"), a method's ("T.M", the type declaring it) and a literal's
// (its name in lits: "func1"):
const (
	// CallsAny are calls that may reach any function: of a func value, of
	// a compiled function given a value that may call back (a func, an
	// interface, a value of a notebook type).
	CallsAny = "?"
	// CallsMethod + M are calls of a method M through an interface.
	CallsMethod = "."
	// CallsCompiled + F are calls of a compiled package's function or
	// method F, named as Go's runtime names its frame ("strings.Repeat",
	// "math/big.(*Int).Quo"): the line of a panic it raised.
	CallsCompiled = "="
)

// calls returns, for body (of fd, whose literals names names), the
// lines of its calls (outside literals) by CallsTo's keys; a deferred
// call's line is 0 (it runs when the function returns, or panics: its
// caller's line is not its statement's).
func (lw *lowerer) calls(body *ast.BlockStmt, names map[*ast.FuncLit]string) map[string][]int {
	out := map[string][]int{}
	add := func(key string, line int) {
		if !slices.Contains(out[key], line) {
			out[key] = append(out[key], line)
		}
	}
	lw.eachCall(body, func(c *ast.CallExpr, line int) {
		if name := lw.compiledCallName(c); name != "" {
			add(CallsCompiled+name, line)
		}
		if key := lw.callKey(c, names); key != "" {
			add(key, line)
		}
	}, func(line int) { add(CallsAny, line) }) // a range over a function calls it
	for k := range out {
		slices.Sort(out[k])
	}
	return out
}

// eachCall calls visit with each call in body (outside function
// literals) and its line, 0 for the call of a defer or go statement (it
// runs when the function returns, or panics, or in a goroutine: a panic
// there ends the interpreter), and rangeFunc with the line of each range
// over a function.
func (lw *lowerer) eachCall(body *ast.BlockStmt, visit func(c *ast.CallExpr, line int), rangeFunc func(line int)) {
	deferred := map[*ast.CallExpr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			deferred[n.Call] = true
		case *ast.GoStmt:
			deferred[n.Call] = true
		case *ast.RangeStmt:
			if t := lw.info.TypeOf(n.X); t != nil {
				if _, ok := t.Underlying().(*types.Signature); ok {
					rangeFunc(lw.line(n.For))
				}
			}
		case *ast.CallExpr:
			line := lw.line(n.Lparen)
			if deferred[n] {
				line = 0
			}
			visit(n, line)
		}
		return true
	})
}

// callKey returns the key of what c may call, "" for a builtin, a
// conversion or a compiled function that cannot call back.
func (lw *lowerer) callKey(c *ast.CallExpr, names map[*ast.FuncLit]string) string {
	fun := ast.Unparen(c.Fun)
	if tv := lw.info.Types[fun]; tv.IsType() || tv.IsBuiltin() {
		return ""
	}
	var obj types.Object
	switch f := fun.(type) {
	case *ast.FuncLit:
		if name, ok := names[f]; ok {
			return name
		}
		return CallsAny
	case *ast.Ident:
		obj = lw.info.Uses[f]
	case *ast.SelectorExpr:
		obj = lw.info.Uses[f.Sel]
	default:
		return CallsAny
	}
	fn, ok := obj.(*types.Func)
	if !ok {
		return CallsAny // a func value
	}
	sig, _ := fn.Type().(*types.Signature)
	if fn.Pkg() != lw.pkg || lw.pkg == nil {
		if lw.callsBack(c) {
			return CallsAny
		}
		return ""
	}
	if sig == nil || sig.Recv() == nil {
		return fn.Name()
	}
	rt := sig.Recv().Type()
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	if types.IsInterface(rt) {
		return CallsMethod + fn.Name()
	}
	if n, ok := rt.(*types.Named); ok {
		return n.Obj().Name() + "." + fn.Name()
	}
	return CallsAny
}

// compiledCallName returns the name Go's runtime gives the frame of the
// compiled package's function or method (of a named type, not through
// an interface) that c calls, "" for another call.
func (lw *lowerer) compiledCallName(c *ast.CallExpr) string {
	var id *ast.Ident
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return ""
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == lw.pkg || fn.Pkg().Path() == "main" {
		return ""
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Pkg().Path() + "." + fn.Name()
	}
	t, ptr := recv.Type(), false
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), true
	}
	n, ok := t.(*types.Named)
	if !ok || types.IsInterface(n) || n.TypeArgs().Len() > 0 {
		return ""
	}
	if ptr {
		return fn.Pkg().Path() + ".(*" + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Pkg().Path() + "." + n.Obj().Name() + "." + fn.Name()
}

// callsBack reports whether the compiled function c calls may call a
// function of the notebook's: an argument or the receiver is a func, an
// interface or holds a value of a notebook type.
func (lw *lowerer) callsBack(c *ast.CallExpr) bool {
	es := append([]ast.Expr(nil), c.Args...)
	if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
		if _, method := lw.info.Selections[sel]; method {
			es = append(es, sel.X)
		}
	}
	for _, e := range es {
		if t := lw.info.Types[e].Type; t == nil || mayCall(t, map[types.Type]bool{}) {
			return true
		}
	}
	return false
}

// mayCall reports whether a value of type t may lead compiled code to a
// notebook function: a func, an interface, a notebook type, or what
// holds one.
func mayCall(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Signature, *types.Interface:
		return true
	case *types.Pointer:
		return mayCall(u.Elem(), seen)
	case *types.Slice:
		return mayCall(u.Elem(), seen)
	case *types.Array:
		return mayCall(u.Elem(), seen)
	case *types.Map:
		return mayCall(u.Key(), seen) || mayCall(u.Elem(), seen)
	case *types.Chan:
		return mayCall(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if mayCall(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}

// litNames returns the names lits gives fd's function literals.
func litNames(fd *ast.FuncDecl) map[*ast.FuncLit]string {
	out := map[*ast.FuncLit]string{}
	eachLit(fd, func(fl *ast.FuncLit, name string) { out[fl] = name })
	return out
}

// eachLit calls f with each function literal in fd's body and the name
// Go gives it after the function's (func1, func1.2 for the second inside
// func1), outer literals first.
func eachLit(fd *ast.FuncDecl, f func(fl *ast.FuncLit, name string)) {
	var visit func(n ast.Node, prefix string)
	visit = func(n ast.Node, prefix string) {
		k := 0
		ast.Inspect(n, func(m ast.Node) bool {
			fl, ok := m.(*ast.FuncLit)
			if !ok || m == n {
				return true
			}
			k++
			name := prefix + strconv.Itoa(k)
			f(fl, name)
			visit(fl, name+".")
			return false
		})
	}
	if fd.Body != nil {
		visit(fd.Body, "func")
	}
}
