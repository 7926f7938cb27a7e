package check

import (
	"go/ast"
	"go/types"
	"maps"
	"strings"
)

// Calls deferred in a loop, in yaegi v0.16.1: an argument that is an
// expression other than a variable (i*10, s+"!", names[i], a call's
// result, a composite) and a method's receiver of that kind (ps[i].Show)
// are kept in a slot of the frame that the loop's next iteration
// overwrites, and the deferred call reads the slot when it runs: every
// call deferred by the loop saw the last iteration's values. Evaluated
// as arguments of a call made at once, they are copied. deferMaker makes
// the deferred call a closure over them, made at the defer:
//
//	defer f(a, b)  →  L := func(fn F, x1 T1, x2 T2) func() { return func() { fn(x1, x2) } }(f, a, b); defer L()
//
// The function value stays where it was (evaluated at the defer, as Go
// evaluates it; a method value binds its receiver there), and so do the
// arguments, with what the lowering does to them; a function literal is
// made in the closure's maker (see deferStmt), a generic function named
// with its type arguments inferred is called by name in the closure.

// deferMaker lowers d as above and reports whether it did; check, it
// only reports whether it can. ds is the name of the function's
// rt.Defers (planDefers), or "": the closure then runs the call in that
// state's wrapper, which catches its panic, and the defer statement
// counts it (ds.Add()).
func (lw *lowerer) deferMaker(d *ast.DeferStmt, ds string, check bool) bool {
	c := d.Call
	tv := lw.info.Types[c.Fun]
	sig, ok := tv.Type.(*types.Signature)
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	spread := false
	if len(c.Args) == 1 {
		if _, tuple := lw.info.TypeOf(c.Args[0]).(*types.Tuple); tuple {
			// f(g()), g's results spread: the maker takes them alone, f
			// is called by name (a declared function's)
			if !lw.declaredFunc(c.Fun) || sig.Variadic() {
				return false
			}
			spread = true
		}
	}
	if check {
		// spelling types imports their packages: not for a check
		saved := maps.Clone(lw.extra)
		defer func() { lw.extra = saved }()
	}
	var params, xs []string
	n := sig.Params().Len()
	args := c.Args
	if spread {
		args = make([]ast.Expr, n) // one for each of g's results
	}
	for i := range args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= n-1 && !c.Ellipsis.IsValid():
			pt = sig.Params().At(n - 1).Type().(*types.Slice).Elem()
		case i < n:
			pt = sig.Params().At(i).Type()
		default:
			return false
		}
		ts := lw.typ(pt)
		if !spellable(ts) || i < len(c.Args) && lw.mentionsRecover(c.Args[i]) {
			return false
		}
		x := lw.fresh("X")
		params = append(params, x+" "+ts)
		xs = append(xs, x)
	}
	lit, isLit := c.Fun.(*ast.FuncLit)
	ft := lw.typ(sig)
	if isLit && lw.callsRecover(lit) {
		return false // its recover must be the deferred call's own
	}
	if !isLit && !spellable(ft) {
		return false
	}
	if check {
		return true
	}
	wrap := ""
	if ds != "" {
		wrap = "defer func() { " + ds + ".Done(recover()) }(); "
	}
	call := strings.Join(xs, ", ")
	if c.Ellipsis.IsValid() {
		// the maker takes the slice, the closure spreads it
		call += "..."
		lw.replace(c.Ellipsis, c.Ellipsis+3, "")
	}
	l := lw.fresh("L")
	sep := ""
	if len(c.Args) > 0 {
		sep = ", "
	}
	if isLit {
		f := lw.fresh("F")
		lw.replace(d.Pos(), lit.Pos(), l+" := func("+strings.Join(params, ", ")+") func() { "+f+" := ")
		lw.insert(lit.End(), "; return func() { "+wrap+f+"("+call+") } }")
	} else if sel, recv, op, ok := lw.deferredMethod(c); ok {
		// the receiver as a parameter (yaegi's method value kept the
		// slot of ps[i], not its value)
		r := lw.fresh("R")
		params = append([]string{r + " " + recv}, params...)
		lw.replace(d.Pos(), sel.X.Pos(), l+" := func("+strings.Join(params, ", ")+") func() { return func() { "+wrap+r+"."+sel.Sel.Name+"("+call+") } }("+op)
		lw.replace(sel.X.End(), c.Lparen+1, sep)
	} else if spread || lw.inferredGeneric(c.Fun) {
		// a generic function is no value until instantiated: called by
		// name, its type arguments inferred again from the parameters'
		name := lw.text(c.Fun)
		lw.replace(d.Pos(), c.Lparen+1, l+" := func("+strings.Join(params, ", ")+") func() { return func() { "+wrap+name+"("+call+") } }(")
	} else {
		fn := lw.fresh("F")
		params = append([]string{fn + " " + ft}, params...)
		lw.replace(d.Pos(), c.Fun.Pos(), l+" := func("+strings.Join(params, ", ")+") func() { return func() { "+wrap+fn+"("+call+") } }(")
		lw.replace(c.Fun.End(), c.Lparen+1, sep)
	}
	add := ""
	if ds != "" {
		add = ds + ".Add(); "
	}
	lw.insertClose(c.End(), "; "+add+"defer "+l+"()")
	return true
}

// deferNeedsMaker reports whether the deferred call c has a receiver or
// an argument that yaegi keeps in a slot of the frame: not a constant,
// nil, or a variable (or a field of one, read through pointers), which
// deferStmt reads into variables of their own.
func (lw *lowerer) deferNeedsMaker(c *ast.CallExpr) bool {
	if len(c.Args) == 1 {
		if _, tuple := lw.info.TypeOf(c.Args[0]).(*types.Tuple); tuple {
			return false // f(g()): spread at once
		}
	}
	if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
		if s := lw.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && !pure(sel.X) {
			return true
		}
	}
	for _, a := range c.Args {
		if tv := lw.info.Types[a]; tv.Value == nil && !tv.IsNil() && !pure(a) {
			return true
		}
	}
	return false
}

// deferredMethod returns the selector of c, a call of a method value
// (not a promoted one), the type of the receiver the method is called
// on, spelled, and the operator that makes it of sel.X: "&" for a
// method of a pointer receiver called on a variable, "*" for one of a
// value receiver called through a pointer (the value is copied at the
// defer).
func (lw *lowerer) deferredMethod(c *ast.CallExpr) (sel *ast.SelectorExpr, recv, op string, ok bool) {
	sel, ok = c.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, "", "", false
	}
	s := lw.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
		return nil, "", "", false
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil, "", "", false
	}
	xt := lw.info.TypeOf(sel.X)
	_, ptrRecv := sig.Recv().Type().(*types.Pointer)
	xp, ptrX := xt.(*types.Pointer)
	_, iface := xt.Underlying().(*types.Interface)
	switch {
	case iface:
	case ptrRecv && !ptrX:
		xt, op = types.NewPointer(xt), "&"
	case !ptrRecv && ptrX:
		xt, op = xp.Elem(), "*"
	}
	recv = lw.typ(xt)
	return sel, recv, op, spellable(recv)
}

// inferredGeneric reports whether fun names a generic function whose
// type arguments are inferred from the call.
func (lw *lowerer) inferredGeneric(fun ast.Expr) bool {
	id := funcIdent(fun)
	if id == nil {
		return false
	}
	_, ok := lw.info.Instances[id]
	return ok
}

// mentionsRecover reports whether e calls recover outside a function
// literal.
func (lw *lowerer) mentionsRecover(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if b, ok := lw.info.Uses[n].(*types.Builtin); ok && b.Name() == "recover" {
				found = true
			}
		}
		return !found
	})
	return found
}
