package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// More of what yaegi v0.16.1 gets wrong, lowered: deferred calls'
// arguments (evaluated when the call runs, not at the defer), select cases
// that assign (case v = <-c panics "reflect.Select: invalid Dir"),
// new(expr) of Go 1.26 (a zero value), method expressions (T.Method
// panics), range over a slice of channels, method values, promoted
// methods of embedded interfaces. Constants are in consts.go, interface
// comparisons in ifacecmp.go.

// deferStmt evaluates a deferred call's receiver, function value and
// arguments at the defer: defer x.M(a, b) becomes R := x; D1 := a; D2 :=
// b; defer R.M(D1, D2), defer f(a) F := f; D1 := a; defer F(D1), for
// receivers, function values and arguments without side effects.
func (lw *lowerer) deferStmt(d *ast.DeferStmt) {
	if st, ok := lw.deferMakes[d]; ok {
		lw.deferMaker(d, st, false)
		return
	}
	if lw.loopDefers[d] && lw.deferNeedsMaker(d.Call) && lw.deferMaker(d, "", false) {
		return
	}
	var pre []string
	if sel, ok := ast.Unparen(d.Call.Fun).(*ast.SelectorExpr); ok && pure(sel.X) {
		if s := lw.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			recv := lw.text(sel.X)
			if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
				_, ptrRecv := sig.Recv().Type().(*types.Pointer)
				_, ptrX := lw.info.Types[sel.X].Type.Underlying().(*types.Pointer)
				if ptrRecv && !ptrX {
					recv = "&" + recv
				}
			}
			r := lw.fresh("R")
			pre = append(pre, r+" := "+recv+";")
			lw.replace(sel.X.Pos(), sel.X.End(), r)
		}
	}
	if lw.funcValue(d.Call.Fun) || lw.litDepth > 0 && lw.redeclarable(d.Call.Fun) {
		// defer f(a): the function value is evaluated at the defer too
		// (yaegi v0.16.1 read f when the call ran: a function assigned
		// after the defer, or nil)
		f := lw.fresh("F")
		pre = append(pre, f+" := "+lw.text(d.Call.Fun)+";")
		lw.replace(d.Call.Fun.Pos(), d.Call.Fun.End(), f)
	}
	for _, a := range d.Call.Args {
		tv := lw.info.Types[a]
		if tv.Value != nil || tv.IsNil() || tv.IsType() || !pure(a) {
			continue
		}
		v := lw.fresh("D")
		pre = append(pre, v+" := "+lw.text(a)+";")
		lw.replace(a.Pos(), a.End(), v)
	}
	if lit, ok := d.Call.Fun.(*ast.FuncLit); ok && lw.loopDefers[d] && !lw.callsRecover(lit) {
		// defer func() {...}() in a loop: yaegi v0.16.1 makes the
		// function when the deferred call runs, in the frame as the
		// loop left it (every call saw the last iteration's
		// variables). Made at the defer, in a frame of its own (made
		// in the deferring function's, it locks that frame, which its
		// deferred calls hold: a deadlock), L := func() T { return
		// func() {...} }(); defer L(), it keeps its iteration's. Not
		// one that recovers: its recover would see another frame's
		// panic (none).
		if t := lw.typ(lw.info.TypeOf(lit)); spellable(t) {
			l := lw.fresh("L")
			lw.replace(d.Pos(), lit.Pos(), fmt.Sprintf("%s := func() %s { return ", l, t))
			lw.insert(lit.End(), " }(); defer "+l)
		}
	}
	if len(pre) > 0 {
		lw.insert(d.Pos(), strings.Join(pre, " ")+" ")
	}
}

// funcValue reports whether fun, called, is a variable of function type
// or a field of function type selected without side effects (not a
// declared function, a method, a builtin or a conversion).
func (lw *lowerer) funcValue(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		_, ok := lw.info.Uses[f].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		s := lw.info.Selections[f]
		return s != nil && s.Kind() == types.FieldVal && pure(f.X)
	}
	return false
}

// redeclarable reports whether fun names a function the notebook
// declares, not generic. A function literal that defers a call of one
// reads it into a variable first (deferStmt): yaegi v0.16.1 compiles the
// deferred call in a literal against the function as it stands when
// the literal's evaluation declares it, and a function the notebook
// lowers again for a cell's types (relower.go) is declared again later
// in that evaluation: the deferred call ran nothing, or (defer (f)())
// panicked with a nil dereference. Go evaluates the function value at
// the defer too.
func (lw *lowerer) redeclarable(fun ast.Expr) bool {
	id, ok := fun.(*ast.Ident) // (not parenthesized: its edits are the conversion's, funcvalues.go)
	if !ok {
		return false
	}
	fn, ok := lw.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Parent() != lw.pkg.Scope() {
		return false
	}
	_, generic := lw.info.Instances[id]
	return !generic
}

// callsRecover reports whether lit calls recover itself (not in a
// function literal inside it).
func (lw *lowerer) callsRecover(lit *ast.FuncLit) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := lw.info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// commAssign: case v, ok = <-c becomes case T1, T2 := <-c: v, ok = T1, T2.
func (lw *lowerer) commAssign(c *ast.CommClause) {
	as, ok := c.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN {
		return
	}
	var tmps, lhs []string
	for _, l := range as.Lhs {
		tmps = append(tmps, lw.fresh("C"))
		lhs = append(lhs, lw.text(l))
	}
	lw.replace(as.Lhs[0].Pos(), as.TokPos+1, strings.Join(tmps, ", ")+" :=")
	lw.insert(c.Colon+1, " "+strings.Join(lhs, ", ")+" = "+strings.Join(tmps, ", ")+";")
}

// newExpr: new(expr) becomes func() *T { var N T = expr; return &N }().
func (lw *lowerer) newExpr(c *ast.CallExpr) bool {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok || len(c.Args) != 1 {
		return true
	}
	if b, ok := lw.info.Uses[id].(*types.Builtin); !ok || b.Name() != "new" || lw.info.Types[c.Args[0]].IsType() {
		return true
	}
	t := types.Default(lw.info.Types[c.Args[0]].Type)
	n := lw.fresh("N")
	lw.replace(c.Pos(), c.Args[0].Pos(), fmt.Sprintf("func() *%[1]s { var %[2]s %[1]s = ", lw.typ(t), n))
	lw.replace(c.Args[0].End(), c.End(), fmt.Sprintf("; return &%s }()", n))
	lw.walk(c.Args[0])
	return false
}

// methodExpr: T.M becomes func(r T, p1 P1) R { return r.M(p1) }.
func (lw *lowerer) methodExpr(sel *ast.SelectorExpr) bool {
	s := lw.info.Selections[sel]
	if s != nil && s.Kind() == types.MethodVal && !lw.called[sel] {
		return lw.methodValue(sel, s)
	}
	if s == nil || s.Kind() != types.MethodExpr {
		return true
	}
	sig, ok := lw.info.Types[sel].Type.(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return true
	}
	params, args := lw.forward(sig)
	recv := strings.TrimSuffix(args[0], "...")
	call := lw.namedFuncCall(sig, recv+"."+sel.Sel.Name+"("+strings.Join(args[1:], ", ")+")")
	res := results(sig, lw.typ)
	if res != "" {
		call = "return " + call
	}
	lw.replace(sel.Pos(), sel.End(), "func("+strings.Join(params, ", ")+")"+res+" { "+call+" }")
	return false
}

// methodValue: a method value x.M not called at once binds its receiver
// now (yaegi v0.16.1 reads it when called): x.M becomes func(r R)
// func(p P) Res { return func(p P) Res { return r.M(p) } }(x), also of
// an interface value x (whose method value Go binds to the value x
// holds; a nil x panics when the method value is made, as Go's does).
func (lw *lowerer) methodValue(sel *ast.SelectorExpr, s *types.Selection) bool {
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return true
	}
	path, xt, ok := lw.embeddedPath(lw.info.Types[sel.X].Type, s.Index())
	if !ok {
		return true // promoted through a field not spelled here: left as it is
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || sig.TypeParams().Len() > 0 {
		return true
	}
	if sig.RecvTypeParams().Len() > 0 && strings.Contains(lw.typ(sig.Recv().Type()), "[") {
		return true // a method of a generic type that is no copy's
	}
	if it, ok := sig.Recv().Type().Underlying().(*types.Interface); ok {
		// an interface's method binds the interface value too (st.String
		// called the String of what st held when called); not through a
		// type parameter's constraint
		if _, tp := types.Unalias(xt).(*types.TypeParam); tp || !it.IsMethodSet() {
			return true
		}
		if len(s.Index()) > 1 {
			// promoted from an embedded field: promoted spells the path
			if lw.ifacePath(s.Recv(), s.Index()) == "" {
				return true
			}
			path = ""
		}
	}
	rt := sig.Recv().Type()
	if types.IsInterface(rt) && types.IsInterface(xt) {
		// the receiver as x's own interface type: yaegi v0.16.1 hands a
		// notebook interface's value converted to a compiled one
		// (String of a Named embedding fmt.Stringer) as a view of the
		// variable, which a later assignment changed
		rt = xt
	}
	prefix := recvPrefix(rt, xt)
	params, args := lw.forward(sig)
	res := results(sig, lw.typ)
	r := lw.fresh("Recv")
	ft := "func(" + strings.Join(params, ", ") + ")" + res
	call := lw.namedFuncCall(sig, r+"."+sel.Sel.Name+"("+strings.Join(args, ", ")+")")
	if res != "" {
		call = "return " + call
	}
	check := ""
	if types.IsInterface(rt) {
		// (Go's method value of a nil interface panics when made)
		p := lw.fresh("P")
		check = fmt.Sprintf("if %s == nil { var %s *int; _ = []int{*%s} }; ", r, p, p)
	}
	lw.replace(sel.Pos(), sel.X.Pos(), fmt.Sprintf("func(%s %s) %s { %sreturn %s { %s } }(%s", r, lw.typ(rt), ft, check, ft, call, prefix))
	lw.replace(sel.X.End(), sel.End(), path+")")
	lw.walk(sel.X)
	return false
}

// embeddedPath spells the fields through which the method at index (a
// types.Selection's) is promoted to x of type xt (".User.Base"; "" when
// it is x's own) and returns the type of what it reaches: the method
// value binds that field's value (ad.Describe of Base's value method
// copies *ad.Base now, as Go does). It fails for fields of structs of
// other packages that are not exported.
func (lw *lowerer) embeddedPath(xt types.Type, index []int) (string, types.Type, bool) {
	var b strings.Builder
	t := xt
	for _, i := range index[:len(index)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return "", nil, false
		}
		f := st.Field(i)
		if !f.Exported() && (f.Pkg() == nil || f.Pkg().Path() != "main") {
			return "", nil, false
		}
		b.WriteString("." + lw.fieldName(f))
		t = f.Type()
	}
	return b.String(), t, true
}

// fieldName spells the name of field f in the lowered code: an embedded
// field whose type is kernel/cell/mono's copy of an instance is named by
// the copy (mainꞏListꞏItem for an embedded List[Item]).
func (lw *lowerer) fieldName(f *types.Var) string {
	if !f.Embedded() {
		return f.Name()
	}
	t := f.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.TypeArgs().Len() > 0 {
		if c := specializer().CopyName(n, "main"); c != "" && lw.copyExists(c) {
			return c
		}
	}
	return f.Name()
}

// forward returns the parameters of a function literal of signature sig,
// with fresh names (Go source, one a parameter), and the arguments that
// pass them on to a call of the same signature (a variadic one spread).
func (lw *lowerer) forward(sig *types.Signature) (params, args []string) {
	for i := range sig.Params().Len() {
		p := lw.fresh("A")
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			params = append(params, p+" ..."+lw.typ(t.(*types.Slice).Elem()))
			args = append(args, p+"...")
		} else {
			params = append(params, p+" "+lw.typ(t))
			args = append(args, p)
		}
	}
	return params, args
}

// promoted spells the path to a method promoted from an embedded field
// of interface type: l.Read() becomes l.ReadWriter.Read() (yaegi v0.16.1
// panics "invalid interface value" calling it through the struct).
func (lw *lowerer) promoted(sel *ast.SelectorExpr) {
	s := lw.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 {
		return
	}
	if path := lw.ifacePath(s.Recv(), s.Index()); path != "" {
		lw.insertClose(sel.X.End(), "."+path)
	}
}

// methodSel returns how the lowering's own code spells a call of t's
// method m on a value of t: "Named.String" where m is promoted from an
// embedded field of interface type (see promoted), else m.
func (lw *lowerer) methodSel(t types.Type, m string) string {
	obj, index, _ := types.LookupFieldOrMethod(t, true, lw.pkg, m)
	if _, ok := obj.(*types.Func); !ok || len(index) < 2 {
		return m
	}
	if path := lw.ifacePath(t, index); path != "" {
		return path + "." + m
	}
	return m
}

// ifacePath returns the fields (a.B) that lead from a value of t to the
// method at index (a types.Selection's Index) when one of them is of
// interface type, "" when none is or a field cannot be named here.
func (lw *lowerer) ifacePath(t types.Type, index []int) string {
	var path []string
	viaIface := false
	for _, i := range index[:len(index)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return ""
		}
		f := st.Field(i)
		if !f.Exported() && (f.Pkg() == nil || f.Pkg().Path() != "main") {
			return ""
		}
		path = append(path, lw.fieldName(f))
		t = f.Type()
		if _, ok := t.Underlying().(*types.Interface); ok {
			viaIface = true
		}
	}
	if !viaIface {
		return ""
	}
	return strings.Join(path, ".")
}

// Generic type aliases (Go 1.24) are "undefined: B" to yaegi v0.16.1: an
// instance of one (StringPair[int]) is spelled as the type it stands for
// (Pair[string, int]), and the declaration, on one line, is left out for
// the interpreter (the checker keeps it).

// aliasInstance spells n, an instance of a generic alias x, as its type.
func (lw *lowerer) aliasInstance(n, x ast.Expr) bool {
	id := identOf(x)
	if id == nil {
		return false
	}
	tn, ok := lw.info.Uses[id].(*types.TypeName)
	if !ok || !tn.IsAlias() {
		return false
	}
	if a, ok := tn.Type().(*types.Alias); !ok || a.TypeParams().Len() == 0 {
		return false
	}
	t := lw.info.Types[n].Type
	if t == nil {
		return false
	}
	text := lw.typ(types.Unalias(t))
	if !spellable(text) {
		return false
	}
	lw.replace(n.Pos(), n.End(), text)
	return true
}

// genericAliasDecl leaves out the generic aliases a type declaration
// declares, and the aliases one in a function declares (localalias.go) (their instances are spelled as what they stand for,
// aliasInstance): the whole declaration when it declares only those, or
// each such spec of a group that declares other types too (type (
// Named[V any] = Pair[string, V]; Scored = Named[float64] ): the
// interpreter refused the group, "undefined: Pair"). What is left out
// keeps its line breaks, so that the lines after it stay the cell's.
func (lw *lowerer) genericAliasDecl(d *ast.GenDecl) bool {
	if d.Tok != token.TYPE || len(d.Specs) == 0 {
		return false
	}
	var generic []*ast.TypeSpec
	for _, sp := range d.Specs {
		if ts := sp.(*ast.TypeSpec); ts.Assign.IsValid() && (ts.TypeParams != nil || lw.localAlias(ts.Name) != nil) {
			generic = append(generic, ts)
		}
	}
	switch {
	case len(generic) == 0:
		return false
	case len(generic) == len(d.Specs):
		lw.cut(d.Pos(), d.End())
		return true
	}
	for _, ts := range generic {
		end := ts.End()
		// A spec followed by a semicolon on its line takes it along
		// (type ( A[T any] = []T; B = int )).
		rest := lw.orig[lw.off(end):]
		if i := strings.IndexAny(rest, ";\n"); i >= 0 && rest[i] == ';' && strings.TrimSpace(rest[:i]) == "" {
			end += token.Pos(i + 1)
		}
		lw.cut(ts.Pos(), end)
	}
	return false
}

// cut removes the source from from to to but its line breaks.
func (lw *lowerer) cut(from, to token.Pos) {
	lw.replace(from, to, strings.Repeat("\n", strings.Count(lw.orig[lw.off(from):lw.off(to)], "\n")))
}

// parallelLits: a, b := T{...}, x becomes a, b := func() (T, X) { var R1
// T = T{...}; var R2 X = x; return R1, R2 }(): yaegi v0.16.1 loses the other values of an assignment or
// a var spec with several values when one is a composite literal (c, ok
// := Code{1}, true left ok false).
func (lw *lowerer) parallelLits(lhs []ast.Expr, names []*ast.Ident, rhs []ast.Expr, typ ast.Expr) {
	n := len(rhs)
	if n < 2 || len(lhs)+len(names) != n {
		return
	}
	lit := false
	for _, r := range rhs {
		if _, ok := ast.Unparen(r).(*ast.CompositeLit); ok {
			lit = true
		}
	}
	if !lit {
		return
	}
	ts := make([]string, n)
	for i, r := range rhs {
		var t types.Type
		switch {
		case typ != nil:
			t = lw.info.TypeOf(typ)
		case i < len(lhs) && !isBlank(lhs[i]):
			t = lw.info.TypeOf(lhs[i])
		case i < len(names) && names[i].Name != "_":
			t = lw.info.TypeOf(names[i])
		default:
			t = types.Default(lw.info.TypeOf(r))
		}
		if t == nil {
			return
		}
		if ts[i] = lw.typ(t); !spellable(ts[i]) {
			return
		}
	}
	// each value in a variable of its own, in order: yaegi also fails on
	// return []int{1}, len("abc")
	rs := make([]string, n)
	for i := range rs {
		rs[i] = lw.fresh("R")
	}
	lw.insert(rhs[0].Pos(), fmt.Sprintf("func() (%s) { var %s %s = ", strings.Join(ts, ", "), rs[0], ts[0]))
	for i := 1; i < n; i++ {
		lw.replace(rhs[i-1].End(), rhs[i].Pos(), fmt.Sprintf("; var %s %s = ", rs[i], ts[i])+strings.Repeat("\n", lw.newlines(rhs[i-1].End(), rhs[i].Pos())))
	}
	lw.insertClose(rhs[n-1].End(), fmt.Sprintf("; return %s }()", strings.Join(rs, ", ")))
}
