package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// More of what yaegi v0.16.1 gets wrong, lowered: deferred calls'
// arguments (evaluated when the call runs, not at the defer), select cases
// that assign (case v = <-c panics "reflect.Select: invalid Dir"),
// new(expr) of Go 1.26 (a zero value), method expressions (T.Method
// panics), range over a slice of channels, and const specs that repeat
// the previous one implicitly ("constant definition loop").

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
	call := recv + "." + sel.Sel.Name + "(" + strings.Join(args[1:], ", ") + ")"
	res := results(sig, lw.typ)
	if res != "" {
		call = "return " + call
	}
	lw.replace(sel.Pos(), sel.End(), "func("+strings.Join(params, ", ")+")"+res+" { "+call+" }")
	return false
}

// rangeChans: for k, c := range chs, over a slice or array of channels,
// becomes for K := range chs { k := K; c := chs[K]; ... }.
func (lw *lowerer) rangeChans(n *ast.RangeStmt) bool {
	if n.Tok != token.DEFINE || n.Value == nil || !pure(n.X) {
		return false
	}
	var elem types.Type
	switch u := lw.info.Types[n.X].Type.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	if _, ok := elem.Underlying().(*types.Chan); !ok {
		return false
	}
	k := lw.fresh("K")
	lw.replace(n.Key.Pos(), n.X.Pos(), k+" := range ")
	body := ""
	if !isBlank(n.Key) {
		body += " " + lw.text(n.Key) + " := " + k + ";"
	}
	if !isBlank(n.Value) {
		body += " " + lw.text(n.Value) + " := " + lw.text(n.X) + "[" + k + "];"
	}
	lw.insert(n.Body.Lbrace+1, body)
	return true
}

// constExpand writes out the values of a const group that uses iota or
// repeats a spec implicitly: yaegi v0.16.1 refuses a typed iota
// expression ("constant definition loop") and repetitions of two-name
// specs. const ( KB ByteSize = 1 << (10 * (iota + 1)); MB ) becomes
// const ( KB ByteSize = 1024; MB ByteSize = 1048576 ). A group with an
// expression of a compiled package's constant (math.Pi * 1e30) is
// written out too.
func (lw *lowerer) constExpand(g *ast.GenDecl) {
	if g.Tok != token.CONST {
		return
	}
	uses := false
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) == 0 {
			uses = true
		}
		for _, v := range vs.Values {
			_, plain := ast.Unparen(v).(*ast.SelectorExpr)
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
					if _, ok := lw.info.Uses[id].(*types.Const); ok {
						uses = true
					}
				}
				// (a compiled package's constant in an expression:
				// yaegi v0.16.1 refused const big = math.Pi * 1e30,
				// "constant definition loop" at the top level,
				// "mismatched types untyped float64 and untyped
				// float" in a function)
				if sel, ok := n.(*ast.SelectorExpr); ok && !plain {
					if c, ok := lw.info.Uses[sel.Sel].(*types.Const); ok && c.Pkg() != nil && c.Pkg() != lw.pkg {
						uses = true
					}
				}
				return true
			})
		}
	}
	if !uses {
		return
	}
	var specs [][2]token.Pos
	var texts []string
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		var typ string
		var vals []string
		for _, n := range vs.Names {
			c, _ := lw.info.Defs[n].(*types.Const)
			if c == nil {
				vals = append(vals, "0")
				continue
			}
			lit, ok := constLit(c.Val(), c.Type())
			if !ok {
				return // (an unknown value: leave the group as it is)
			}
			if b, ok := c.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
				typ = " " + lw.typ(c.Type())
			}
			vals = append(vals, lit)
		}
		specs = append(specs, [2]token.Pos{vs.Names[len(vs.Names)-1].End(), vs.End()})
		texts = append(texts, typ+" = "+strings.Join(vals, ", "))
	}
	for i, sp := range specs {
		lw.replace(sp[0], sp[1], texts[i])
	}
}

// foldConstant replaces a constant binary expression outside a const
// declaration by its value, as go/types computed it: yaegi v0.16.1
// converts the operands of an untyped integer expression to the type of
// the variable or result it goes to first, so that var y float64 = 1 / 3
// was 0.333… (Go: 0), y = 10 / 4 * 2 was 5 (Go: 4), return 1 / 2 from a
// float64 function 0.5, and var c complex128 = 1 / 2 did not run. (A
// const declaration keeps its expressions: constExpand writes out those
// whose repetition would need them.)
func (lw *lowerer) foldConstant(n *ast.BinaryExpr) bool {
	if g := lw.constDecl; g != nil && g.Pos() <= n.Pos() && n.End() <= g.End() {
		return false
	}
	return lw.replaceByConstant(n)
}

// replaceByConstant replaces n by the constant value go/types computed
// for it, spelled as a literal of its type, and reports whether it did.
func (lw *lowerer) replaceByConstant(n ast.Expr) bool {
	tv := lw.info.Types[n]
	if tv.Value == nil || tv.Type == nil {
		return false
	}
	lit, ok := lw.typedConstLit(tv)
	if !ok {
		return false
	}
	lw.replace(n.Pos(), n.End(), lit)
	return true
}

// typedConstLit spells the constant tv as a literal of its type:
// (lit) when it is untyped, T(lit) otherwise.
func (lw *lowerer) typedConstLit(tv types.TypeAndValue) (string, bool) {
	lit, ok := constLit(tv.Value, tv.Type)
	if !ok {
		return "", false
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "(" + lit + ")", true
	}
	if ts := lw.typ(tv.Type); spellable(ts) {
		return ts + "(" + lit + ")", true
	}
	return "", false
}

// foldRealImag replaces a call of real or imag with a constant argument
// by its value, also in a const declaration (yaegi v0.16.1 crashed on
// both: "CFG post-order panic: reflect: call of reflect.Value.Complex on
// interface Value"), unless the call names iota there (a spec repeated
// after it needs the expression).
func (lw *lowerer) foldRealImag(n *ast.CallExpr) bool {
	id, ok := ast.Unparen(n.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := lw.info.Uses[id].(*types.Builtin); !ok || b.Name() != "real" && b.Name() != "imag" {
		return false
	}
	return !lw.namesIota(n) && lw.replaceByConstant(n) // (float32 or float64)
}

// foldLenOfPointer replaces len or cap of a pointer to an array, when
// constant (no call or receive in the operand), by its value: Go does not
// dereference the pointer (len(p) of a nil *[3]int is 3), yaegi v0.16.1
// did (a nil pointer dereference).
func (lw *lowerer) foldLenOfPointer(n *ast.CallExpr) bool {
	return lw.lenOfPointer(n) && !lw.namesIota(n) && lw.replaceByConstant(n)
}

// namesIota reports whether e uses the predeclared iota.
func (lw *lowerer) namesIota(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
			if _, ok := lw.info.Uses[id].(*types.Const); ok && lw.info.Uses[id].Parent() == types.Universe {
				found = true
			}
		}
		return !found
	})
	return found
}

// constLit spells a constant's value as an untyped literal of its kind.
func constLit(v constant.Value, t types.Type) (string, bool) {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
		// (an untyped float's exact value converted to an integer type:
		// int64(1e18 + 1) is 1000000000000000001, not float64's 1e18)
		if i := constant.ToInt(v); i.Kind() == constant.Int {
			v = i
		}
	}
	switch v.Kind() {
	case constant.Int:
		if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok {
				return strconv.QuoteRune(rune(r)), true
			}
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
			return v.ExactString() + ".0", true
		}
		return v.ExactString(), true
	case constant.Float:
		f, _ := constant.Float64Val(v)
		lit := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eEn") {
			lit += ".0"
		}
		return lit, true
	case constant.Complex:
		re, _ := constLit(constant.Real(v), types.Typ[types.UntypedFloat])
		im, _ := constLit(constant.Imag(v), types.Typ[types.UntypedFloat])
		return "(" + re + " + " + im + "i)", true
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	case constant.Bool:
		return v.String(), true
	}
	return "", false
}

// methodValue: a method value x.M not called at once binds its receiver
// now (yaegi v0.16.1 reads it when called): x.M becomes func(r R)
// func(p P) Res { return func(p P) Res { return r.M(p) } }(x).
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
	if _, ok := sig.Recv().Type().Underlying().(*types.Interface); ok {
		return true
	}
	rt := sig.Recv().Type()
	prefix := recvPrefix(rt, xt)
	params, args := lw.forward(sig)
	res := results(sig, lw.typ)
	r := lw.fresh("Recv")
	ft := "func(" + strings.Join(params, ", ") + ")" + res
	call := r + "." + sel.Sel.Name + "(" + strings.Join(args, ", ") + ")"
	if res != "" {
		call = "return " + call
	}
	lw.replace(sel.Pos(), sel.X.Pos(), fmt.Sprintf("func(%s %s) %s { return %s { %s } }(%s", r, lw.typ(rt), ft, ft, call, prefix))
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
	t := s.Recv()
	var path []string
	viaIface := false
	for _, i := range s.Index()[:len(s.Index())-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return
		}
		f := st.Field(i)
		if !f.Exported() && (f.Pkg() == nil || f.Pkg().Path() != "main") {
			return
		}
		path = append(path, lw.fieldName(f))
		t = f.Type()
		if _, ok := t.Underlying().(*types.Interface); ok {
			viaIface = true
		}
	}
	if !viaIface {
		return
	}
	lw.insertClose(sel.X.End(), "."+strings.Join(path, "."))
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

// genericAliasDecl leaves out a one-line declaration of generic aliases.
func (lw *lowerer) genericAliasDecl(d *ast.GenDecl) bool {
	if d.Tok != token.TYPE || len(d.Specs) == 0 {
		return false
	}
	for _, sp := range d.Specs {
		ts := sp.(*ast.TypeSpec)
		if !ts.Assign.IsValid() || ts.TypeParams == nil {
			return false
		}
	}
	if lw.fset.Position(d.Pos()).Line != lw.fset.Position(d.End()).Line {
		return false
	}
	lw.replace(d.Pos(), d.End(), "")
	return true
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

// ifaceEqual: x == y on values of an interface I declared in the
// notebook (both sides I or a concrete type that implements it), or on
// an any against what may hold a notebook type's value (anyComparable),
// becomes rt.EqualAs(x, "T", y, "U") with the operands' static type
// names: yaegi v0.16.1 compares its own representation of such values,
// never equal (g == geometry(circle{5}) was false).
func (lw *lowerer) ifaceEqual(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	x, y := lw.info.Types[b.X], lw.info.Types[b.Y]
	not := ""
	if b.Op == token.NEQ {
		not = "!"
	}
	if lw.compiledComparable(x, y) {
		lw.extraImport(rtName, rt.Path)
		lw.insert(b.X.Pos(), not+rtName+".EqualCompiled(")
		lw.replace(b.X.End(), b.Y.Pos(), ", ")
		lw.insertClose(b.Y.End(), ")")
		return
	}
	if !lw.ifaceComparable(x, y) && !anyComparable(x, y) && !ifaceFields(x, y) {
		return
	}
	lw.extraImport(rtName, rt.Path)
	lw.insert(b.X.Pos(), not+rtName+".EqualAs(")
	lw.replace(b.X.End(), b.Y.Pos(), fmt.Sprintf(", %q, ", lw.operandName(b.X)))
	lw.insertClose(b.Y.End(), fmt.Sprintf(", %q)", lw.operandName(b.Y)))
}

// compiledComparable reports whether x == y compares a value of an
// interface of a compiled package that has methods (error, fmt.Stringer,
// io.Writer) with another comparable value, in a notebook that declares
// types implementing it: yaegi v0.16.1 holds a notebook value in such an
// interface as its own wrapper (interp._error, stdlib._fmt_Stringer:
// structs of funcs; comparing two panicked, "comparing uncomparable
// type") or in the lowering's box (a new pointer each time: never
// equal), so rt.EqualCompiled compares what they hold.
func (lw *lowerer) compiledComparable(x, y types.TypeAndValue) bool {
	if x.IsNil() || y.IsNil() || x.Type == nil || y.Type == nil {
		return false
	}
	ix, ok := compiledIface(x.Type)
	if !ok {
		x, y = y, x
		ix, ok = compiledIface(x.Type)
	}
	if !ok || !types.Comparable(y.Type) {
		return false
	}
	return len(lw.implementers(ix)) > 0
}

// compiledIface returns the interface t is when t is a named interface
// type with methods that the notebook did not declare (error,
// fmt.Stringer).
func compiledIface(t types.Type) (*types.Interface, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
		return nil, false
	}
	it, ok := n.Underlying().(*types.Interface)
	return it, ok && it.NumMethods() > 0
}

// anyComparable reports whether x == y compares an "any" with a value
// that may be of a notebook type (another "any", a notebook interface,
// a notebook type): yaegi's "any" holds such a value as its own record,
// which == never finds equal to the value.
func anyComparable(x, y types.TypeAndValue) bool {
	if x.IsNil() || y.IsNil() || x.Type == nil || y.Type == nil {
		return false
	}
	if !isEmptyIface(x.Type) {
		x, y = y, x
	}
	if !isEmptyIface(x.Type) {
		return false
	}
	return isEmptyIface(y.Type) || notebookIface(y.Type) || isMainType(y.Type) && types.Comparable(y.Type)
}

// operandName is staticName of e's type, or of what e converts to an
// interface (any(1) holds an int).
func (lw *lowerer) operandName(e ast.Expr) string {
	for range 8 {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 || !lw.info.Types[c.Fun].IsType() {
			break
		}
		if _, iface := lw.info.TypeOf(c.Fun).Underlying().(*types.Interface); !iface {
			break
		}
		e = c.Args[0]
	}
	tv := lw.info.Types[e]
	if tv.Type == nil {
		return ""
	}
	t := tv.Type
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t) // any(1): an int
	}
	return staticName(t)
}

// staticName is Go's name of t for rt.EqualAs: a notebook type's or a
// predeclared one's, "" for an interface or another package's type.
func staticName(t types.Type) string {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if isCellNamed(u) && u.TypeArgs().Len() == 0 {
			if _, iface := u.Underlying().(*types.Interface); !iface {
				return goName(u)
			}
		}
	case *types.Basic:
		if u.Info()&types.IsUntyped == 0 {
			return u.Name()
		}
	}
	return ""
}

// ifaceComparable reports whether values of types xt and yt compare
// with rt.EqualAs: one is a notebook interface and the other that
// interface or a concrete type implementing it.
func (lw *lowerer) ifaceComparable(xt, yt types.TypeAndValue) bool {
	if xt.IsNil() || yt.IsNil() || xt.Type == nil || yt.Type == nil {
		return false
	}
	it := xt.Type
	if !notebookIface(it) {
		it = yt.Type
	}
	if !notebookIface(it) {
		return false
	}
	for _, t := range []types.Type{xt.Type, yt.Type} {
		if _, isIface := t.Underlying().(*types.Interface); isIface && !types.Identical(t, it) || !types.AssignableTo(t, it) {
			return false
		}
	}
	return true
}

// notebookIface reports whether t is an interface with methods that the
// interpreter represents itself: declared in a cell, or a literal.
func notebookIface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
	}
	_, ok = t.(*types.Interface)
	return ok
}

// recvPrefix is what makes a value of type xt the receiver recv of a
// method: "&" for a pointer method of an addressable value, "*" for a
// value method through a pointer, else "".
func recvPrefix(recv, xt types.Type) string {
	_, ptrRecv := recv.(*types.Pointer)
	_, ptrX := xt.Underlying().(*types.Pointer)
	switch {
	case ptrRecv && !ptrX:
		return "&"
	case !ptrRecv && ptrX:
		return "*"
	}
	return ""
}
