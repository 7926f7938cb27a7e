package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/cell/mono"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Interfaces in yaegi v0.16.1: a type switch does not match interface
// cases (case error takes default, even for compiled errors); a value of
// a notebook type whose methods have value receivers, stored in an
// interface, does not assert to an interface it implements; a notebook
// error passed to fmt.Errorf("%w") as an "any" is not wrapped (its
// methods are lost), so errors.As and errors.Is cannot find it; and
// reflection names notebook types struct { ... } (%T).
//
// With the types known, the lowering asserts to interfaces by trying the
// interface and then each notebook type that implements it, rewrites type
// switches with interface cases into switches on such assertions, passes
// notebook errors to compiled functions as error values, walks error
// chains for errors.As and errors.Is in interpreted code, and spells %T
// of notebook types as Go does.

// implementers returns the notebook's named types (and pointers to them)
// that implement the interface iface, as Go source.
func (lw *lowerer) implementers(iface *types.Interface) []string {
	var out []string
	for _, t := range lw.implementing(iface) {
		if p, ok := t.(*types.Pointer); ok {
			out = append(out, "*"+p.Elem().(*types.Named).Obj().Name())
		} else {
			out = append(out, t.(*types.Named).Obj().Name())
		}
	}
	return out
}

// implementing returns the notebook's concrete named types that are not
// generic, and pointers to them, that implement iface: by name, each type
// before its pointer.
func (lw *lowerer) implementing(iface *types.Interface) []types.Type {
	var out []types.Type
	lw.typeSetUses++
	scope := lw.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || generatedName(name) {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := named.Underlying().(*types.Interface); ok {
			continue
		}
		for _, t := range []types.Type{named, types.NewPointer(named)} {
			if types.Implements(t, iface) {
				out = append(out, t)
			}
		}
	}
	return out
}

// pointerOnly returns the notebook's concrete named types that are not
// generic (earlier cells' copies of generic instances too) whose
// pointers implement iface and whose values do not (a String method
// with a pointer receiver). yaegi v0.16.1 asserts such a value to iface
// (any(T{}).(fmt.Stringer) held), and a type switch then panicked in
// reflect.Set.
func (lw *lowerer) pointerOnly(iface *types.Interface) []types.Type {
	var out []types.Type
	lw.typeSetUses++
	scope := lw.pkg.Scope()
	cands := lw.earlierInstances()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || generatedName(name) {
			continue
		}
		cands = append(cands, tn.Type())
	}
	for _, t := range cands {
		named, ok := t.(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		if _, ok := named.Underlying().(*types.Interface); ok {
			continue
		}
		if !types.Implements(named, iface) && types.Implements(types.NewPointer(named), iface) {
			out = append(out, named)
		}
	}
	return out
}

// notImplementing returns the statements of an asserter to t (with
// parameter x) that fail for a value of a pointerOnly type of t.
func (lw *lowerer) notImplementing(t types.Type, x, v string) string {
	it := nonEmptyIface(t)
	if it == nil {
		return ""
	}
	var b strings.Builder
	for _, n := range lw.pointerOnly(it) {
		fmt.Fprintf(&b, "if _, ok := %s.(%s); ok%s { var %s %s; return %s, false }; ", x, lw.typ(n), lw.exactGuard(n, x), v, lw.typ(t), v)
	}
	return b.String()
}

// nonEmptyIface returns t's interface when t is one with methods.
func nonEmptyIface(t types.Type) *types.Interface {
	if t == nil {
		return nil
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil
	}
	return it
}

// asserter returns a function literal func(any) (T, bool) that asserts
// to the type t: for an interface, to it and then to each notebook type
// that implements it. (The value goes through an "any" parameter: yaegi
// v0.16.1 panics asserting an error variable holding a notebook value to
// another notebook type.) A box (errs.go) is looked into, and a compiled
// value is adapted to an interface declared in a cell (gen.go).
func (lw *lowerer) asserter(t types.Type) string { return lw.asserterAny(t, true) }

// plainAsserter is asserter for values that are not in a box and not
// compiled.
func (lw *lowerer) plainAsserter(t types.Type) string { return lw.asserterAny(t, false) }

func (lw *lowerer) asserterAny(t types.Type, all bool) string {
	ts := lw.typ(t)
	x, v := lw.fresh("X"), lw.fresh("V")
	var b strings.Builder
	fmt.Fprintf(&b, "func(%s any) (%s, bool) { ", x, ts)
	// a nil one asserts to nothing (yaegi v0.16.1 panicked asserting it
	// to an interface: "reflect: call of reflect.Value.Type on zero Value")
	fmt.Fprintf(&b, "if %[1]s == nil { var %[2]s %[3]s; return %[2]s, false }; ", x, v, ts)
	if all {
		b.WriteString(lw.unboxCase(t, x))
	}
	// the notebook's types first: yaegi v0.16.1 asserts one of its
	// values to a compiled interface with a wrapper reading the wrong
	// frame ("reflect.Set: value of type bool is not assignable to type
	// float64")
	if it := nonEmptyIface(t); it != nil {
		for _, impl := range lw.implementerTypes(it) {
			fmt.Fprintf(&b, "if %s, ok := %s.(%s); ok%s { %s }; ", v, x, lw.typ(impl), lw.exactGuard(impl, x), lw.returnAs(v, impl, t))
		}
		b.WriteString(lw.notImplementing(t, x, v))
	}
	switch {
	case isMainType(t) && nonEmptyIface(t) != nil:
		// yaegi v0.16.1 panics asserting to an interface declared in a
		// cell ("reflect.Set: ... interp.valueInterface")
	case interpretedIface(t):
		// and to an interface literal, sometimes (a value from a field)
		fmt.Fprintf(&b, "if %[1]s, ok := func() (%[1]s %[2]s, ok bool) { defer func() { _ = recover() }(); if w, k := %[3]s.(%[2]s); k { %[1]s, ok = w, true }; return }(); ok { return %[1]s, true }; ", v, ts, x)
	default:
		fmt.Fprintf(&b, "if %s, ok := %s.(%s); ok%s { return %s, true }; ", v, x, ts, lw.assertGuard(t, x), v)
	}
	if all {
		b.WriteString(lw.adaptCase(t, x, v))
		b.WriteString(lw.nilUnboxCase(t, x, v))
	}
	fmt.Fprintf(&b, "var %s %s; return %s, false }", v, ts, v)
	return b.String()
}

// adaptCase is the statement of an asserter to t (with parameter x)
// that adapts a compiled value to t, when t is an interface yaegi
// asserts compiled values to wrongly.
func (lw *lowerer) adaptCase(t types.Type, x, v string) string {
	if !interpretedIface(t) {
		return ""
	}
	a, ok := lw.adapter(t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { return %[1]s, true }; ", v, a, x)
}

// asserterFrom is asserter for values of static type from: when that is
// an interface with methods, each candidate type is also asserted on the
// value as it is (a notebook error that went through compiled code, or
// was stored in an error variable, asserts only so in yaegi v0.16.1),
// with the panics yaegi has there recovered.
func (lw *lowerer) asserterFrom(t, from types.Type) string {
	fromIface := nonEmptyIface(from)
	if fromIface == nil {
		return lw.asserter(t)
	}
	var cands []types.Type // the notebook's types first (see asserterAny)
	if it := nonEmptyIface(t); it != nil {
		cands = append(cands, lw.implementerTypes(it)...)
	}
	if !(isMainType(t) && nonEmptyIface(t) != nil) {
		cands = append(cands, t)
	}
	x, a, v := lw.fresh("X"), lw.fresh("A"), lw.fresh("V")
	ts := lw.typ(t)
	var b strings.Builder
	fmt.Fprintf(&b, "func(%s %s) (%s, bool) { var %s any = %s; ", x, lw.typ(from), ts, a, x)
	// a nil one asserts to nothing (yaegi v0.16.1 panicked asserting it)
	fmt.Fprintf(&b, "if %[1]s == nil { var %[2]s %[3]s; return %[2]s, false }; ", x, v, ts)
	b.WriteString(lw.unboxCase(t, a))
	b.WriteString(lw.notImplementing(t, a, v))
	for _, c := range cands {
		cs := lw.typ(c)
		ret := "return " + v + ", true"
		if !types.Identical(c, t) {
			ret = lw.returnAs(v, c, t)
		}
		if _, iface := c.Underlying().(*types.Interface); iface || types.Implements(c, fromIface) && !viaEmbeddedIface(c, fromIface) {
			fmt.Fprintf(&b, "if %[1]s, ok := func() (%[1]s %[2]s, ok bool) { defer func() { _ = recover() }(); if w, k := %[3]s.(%[2]s); k { %[1]s, ok = w, true }; return }(); ok { %[4]s }; ", v, cs, x, ret)
		} else if types.Implements(c, fromIface) {
			// what yaegi's wrapper holds (rt.Wrapped): the assertion on
			// the interface value is one yaegi refuses as impossible
			lw.extraImport(rtName, rt.Path)
			fmt.Fprintf(&b, "if %[1]s, ok := %[2]s.Wrapped(%[3]s).(%[4]s); ok { %[5]s }; ", v, rtName, a, cs, ret)
		}
		fmt.Fprintf(&b, "if %[1]s, ok := %[2]s.(%[3]s); ok { %[4]s }; ", v, a, cs, ret)
	}
	b.WriteString(lw.adaptCase(t, a, v))
	b.WriteString(lw.nilUnboxCase(t, a, v))
	fmt.Fprintf(&b, "var %[1]s %[2]s; return %[1]s, false }", v, ts)
	return b.String()
}

// implementerTypes is implementing, with the instances of the
// notebook's generic types that the cell makes (cellInstances) and whose
// copies earlier cells made (*Ring[int], in a Container[int] or a
// Sized), which the cell's package does not declare, and pointers to
// them, that implement iface.
func (lw *lowerer) implementerTypes(iface *types.Interface) []types.Type {
	out := lw.implementing(iface)
	for _, n := range append(lw.cellInstances(), lw.earlierInstances()...) {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(t, iface) {
				out = append(out, t)
			}
		}
	}
	return out
}

// typeAssert lowers x.(I) for interfaces I that notebook types implement.
func (lw *lowerer) typeAssert(ta *ast.TypeAssertExpr) bool {
	if ta.Type == nil {
		return true // in a type switch
	}
	t := lw.info.Types[ta.Type].Type
	if it := nonEmptyIface(t); (it == nil || len(lw.implementerTypes(it)) == 0) && !isMainType(t) && !interpretedIface(t) && !lw.sharedUnderlying(t) {
		return lw.commaOkAssert(ta)
	}
	if _, commaOk := lw.info.Types[ta].Type.(*types.Tuple); commaOk {
		lw.insert(ta.X.Pos(), lw.asserterFrom(t, lw.info.Types[ta.X].Type)+"(")
		lw.replace(ta.X.End(), ta.End(), ")")
	} else {
		x, v := lw.fresh("X"), lw.fresh("V")
		from := lw.info.Types[ta.X].Type
		pt := "any"
		if nonEmptyIface(from) != nil {
			pt = lw.typ(from) // what asserterFrom's function takes
		}
		fail := fmt.Sprintf("return %s.(%s)", x, lw.typ(t))
		if it := nonEmptyIface(t); it != nil && isMainType(t) {
			// Go's message (yaegi v0.16.1 let a value that does not
			// implement t pass, or named no method)
			lw.extraImport(rtName, rt.Path)
			fail = fmt.Sprintf("panic(%s.Panic(%d, %s.AssertMissing(%s, %q, %q)))", rtName, lw.line(ta.Lparen), rtName, x, lw.goName(t), lw.missingTable(it))
		} else if _, iface := t.Underlying().(*types.Interface); iface {
			// Go's message for a nil value (yaegi v0.16.1 panicked in
			// reflect)
			lw.extraImport(rtName, rt.Path)
			fail = fmt.Sprintf("if %[1]s == nil { panic(%[2]s.Panic(%[3]d, %[2]s.AssertFailed(nil, \"interface\", %[4]q))) }; %[5]s", x, rtName, lw.line(ta.Lparen), lw.goName(t), fail)
		} else if !iface {
			// Go's message: yaegi's names the type t stands for
			lw.extraImport(rtName, rt.Path)
			fail = fmt.Sprintf("panic(%s.Panic(%d, %s.AssertFailed(%s, %q, %q)))", rtName, lw.line(ta.Lparen), rtName, x, lw.goName(types.Unalias(from)), lw.goName(t))
		}
		lw.insert(ta.X.Pos(), fmt.Sprintf("func(%[1]s %[5]s) %[3]s { if %[2]s, ok := %[4]s(%[1]s); ok { return %[2]s }; %[6]s }(",
			x, v, lw.typ(t), lw.asserterFrom(t, from), pt, fail))
		lw.replace(ta.X.End(), ta.End(), ")")
	}
	lw.walk(ta.X)
	return false
}

// missingTable describes, for rt.AssertMissing, which method of it each
// notebook type lacks: "M1,M2|main.T=M2;*main.T=M2", the interface's
// methods in Go's order, then the types (those without methods lack the
// first, and are left out).
func (lw *lowerer) missingTable(it *types.Interface) string {
	var ms, ts []string
	for m := range it.Methods() {
		ms = append(ms, m.Name())
	}
	scope := lw.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if types.NewMethodSet(t).Len() == 0 {
				continue
			}
			if m, _ := types.MissingMethod(t, it, true); m != nil {
				ts = append(ts, lw.goName(t)+"="+m.Name())
			}
		}
	}
	return strings.Join(ms, ",") + "|" + strings.Join(ts, ";")
}

// typeSwitch rewrites a type switch with a case of an interface type
// into a switch on assertions: switch v := x.(type) { case T: ... }
// becomes switch S := x; { case func() bool { _, ok := S.(T); return ok
// }(): v := S.(T); ... }.
func (lw *lowerer) typeSwitch(n *ast.TypeSwitchStmt) bool {
	ifaces := false
	for _, c := range n.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			if t := lw.info.Types[e].Type; nonEmptyIface(t) != nil || t != nil && (isMainType(t) || lw.sharedUnderlying(t)) {
				ifaces = true
			}
		}
	}
	if !ifaces {
		return true
	}
	var ta *ast.TypeAssertExpr
	var sym *ast.Ident
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
		sym, _ = a.Lhs[0].(*ast.Ident)
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	}
	if ta == nil {
		return true
	}
	s := lw.fresh("S")
	from := lw.info.Types[ta.X].Type
	strict := lw.strictCases(n)
	asserter := func(t types.Type) string {
		saved := lw.strict
		lw.strict = strict
		defer func() { lw.strict = saved }()
		return lw.asserterFrom(t, from)
	}
	if n.Init != nil {
		// switch init; v := x.(type) { ... } becomes
		// { init; switch S := x; { ... } }
		lw.replace(n.Pos(), n.Init.Pos(), "{ ")
		lw.replace(n.Init.End(), n.Assign.Pos(), "; switch ")
		lw.insertClose(n.End(), " }")
		lw.walk(n.Init)
	}
	lw.replace(n.Assign.Pos(), ta.X.Pos(), s+" := ")
	lw.replace(ta.X.End(), ta.End(), ";")
	lw.walk(ta.X)
	for _, st := range n.Body.List {
		c := st.(*ast.CaseClause)
		for i := 1; i < len(c.List); i++ {
			// yaegi v0.16.1 tries only the first expression of a case
			lw.replace(c.List[i-1].End(), c.List[i].Pos(), " || ")
		}
		for _, e := range c.List {
			t := lw.info.Types[e].Type
			var cond string
			switch {
			case lw.info.Types[e].IsNil():
				cond = s + " == nil"
			default:
				cond = fmt.Sprintf("func() bool { _, ok := %s(%s); return ok }()", asserter(t), s)
			}
			lw.replace(e.Pos(), e.End(), cond)
		}
		if sym != nil && sym.Name != "_" {
			name := sym.Name
			if lw.shadowsObj(lw.info.Implicits[c]) {
				name += shadowSuffix // as the clause's uses are spelled
			}
			bind := name + " := " + s + "; _ = " + name + ";"
			if len(c.List) == 1 && !lw.info.Types[c.List[0]].IsNil() {
				t := lw.info.Types[c.List[0]].Type
				bind = fmt.Sprintf("%s, _ := %s(%s); _ = %s;", name, asserter(t), s, name)
			}
			lw.insert(c.Colon+1, " "+bind)
		}
		for _, b := range c.Body {
			lw.walk(b)
		}
	}
	return false
}

// isMainType reports whether t is, or points to, a named type the
// notebook declared.
func isMainType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
}

// typeNamer returns a function literal that returns the Go name of the
// dynamic type of its argument (static type t).
func (lw *lowerer) typeNamer(t types.Type) string {
	t = types.Unalias(t) // %T names what an alias stands for
	x := lw.fresh("X")
	// (goName spells t as reflect does, as %T prints it: func(main.Counter,
	// int) int, main.M[int32,interface {}] of an M[rune, any])
	if _, iface := t.Underlying().(*types.Interface); !iface {
		pt := lw.typ(t)
		if !mentionsMain(t) {
			// an instance of a generic standard-library type
			// (iter.Seq[int]), which only its copy spells: the static
			// type is all %T needs
			pt = "any"
		}
		return fmt.Sprintf("func(%s %s) string { return %s }", x, pt, strconv.Quote(lw.goName(t)))
	}
	var b strings.Builder
	pt := "any"
	if types.Identical(t, errorType) {
		// (asserted from error: yaegi v0.16.1 asserts a notebook error
		// in an error variable to its type so, not from an any)
		pt = "error"
	}
	fmt.Fprintf(&b, "func(%s %s) string { ", x, pt)
	if pt == "any" {
		// a compiled interface's value (an io.Writer) comes in yaegi's
		// wrapper, which no assertion to a notebook type sees into
		lw.extraImport(rtName, rt.Path)
		fmt.Fprintf(&b, "%[1]s = %[2]s.Unwrap(%[1]s); ", x, rtName)
	}
	impls := lw.implementing(t.Underlying().(*types.Interface))
	for _, nt := range impls {
		if needsBox(nt) || nilBoxable(nt) {
			// a notebook error in the error box (errs.go) is what it holds
			lw.needBox()
			u := lw.fresh("U")
			fmt.Fprintf(&b, "if %s, ok := %s(%s); ok { ", u, unboxName, x)
			for _, nt := range impls {
				fmt.Fprintf(&b, "if _, ok := %s.(%s); ok { return %q }; ", u, lw.typ(nt), lw.goName(nt))
			}
			b.WriteString("}; ")
			break
		}
	}
	tn := ""
	for _, nt := range impls {
		if n, ok := nt.(*types.Named); ok && sharesReflectType(n) {
			if tn == "" {
				// a value that tells its type (in an any), which yaegi
				// may not assert to it (a float64 F held by an I)
				tn = lw.fresh("N")
				lw.extraImport(rtName, rt.Path)
				fmt.Fprintf(&b, "%s := %s.TypeName(%s); ", tn, rtName, x)
			}
			fmt.Fprintf(&b, "if %s == %q { return %q }; ", tn, "main."+n.Obj().Name(), lw.goName(nt))
		}
	}
	for _, nt := range impls {
		if indistinct(nt) {
			continue // a float64 would print as it: the type of the value it stands for is printed
		}
		v := lw.fresh("V")
		g := lw.wrappedGuard(nt, x, v)
		if !strings.Contains(g, v) {
			v = "_"
		}
		fmt.Fprintf(&b, "if %s, ok := %s.(%s); ok%s { return %s }; ", v, x, lw.typ(nt), g, strconv.Quote(lw.goName(nt)))
	}
	if pt == "any" && t.Underlying().(*types.Interface).Empty() {
		lw.earlierCopies(&b, x)
	}
	// (a nil value of an interface a cell declared is, in an any,
	// yaegi's wrapper: rt.TypeString names it <nil>)
	lw.extraImport(rtName, rt.Path)
	fmt.Fprintf(&b, "return %s.TypeString(%s) }", rtName, x)
	return b.String()
}

// earlierCopies writes to b, for typeNamer, the assertions of x to the
// copies of instances of generic types that earlier cells made
// (lowerer.copyNames), which the cell's package does not declare (so
// implementing does not list them), each returning what Go calls the
// instance: main.Pair[string,int], not yaegi's struct { Key string; Val
// int }.
func (lw *lowerer) earlierCopies(b *strings.Builder, x string) {
	for _, name := range slices.Sorted(maps.Keys(lw.copyNames)) {
		if lw.pkg.Scope().Lookup(name) != nil || !lw.copies[name] {
			continue // listed by implementing, or not declared
		}
		goName := typemark.GoName(lw.copyNames[name])
		fmt.Fprintf(b, "if _, ok := %s.(%s); ok { return %q }; ", x, name, goName)
		fmt.Fprintf(b, "if _, ok := %s.(*%s); ok { return %q }; ", x, name, "*"+goName)
	}
}

// fmtName returns the name fmt is imported under (hidden if need be).
func (lw *lowerer) fmtName() string {
	return lw.importName("fmt")
}

// importName returns the name the cell's code sees the package of path
// under, imported under a name of the lowering's if the cell has not.
func (lw *lowerer) importName(path string) string {
	for n, p := range lw.imports {
		if p == path {
			return n
		}
	}
	name := hiddenAlias(path)
	lw.extraImport(name, path)
	return name
}

// mentionsInstance reports whether t names an instance of a generic type
// (iter.Seq[int]): kernel/cell/mono replaces it by a copy, whose name %T
// would print.
func mentionsInstance(t types.Type) bool {
	found := false
	mono.EachNamed(t, func(n *types.Named) {
		if n.TypeArgs().Len() > 0 {
			found = true
		}
	})
	return found
}

func mentionsMain(t types.Type) bool {
	found := false
	types.TypeString(t, func(p *types.Package) string {
		if p.Path() == "main" {
			found = true
		}
		return p.Name()
	})
	return found
}

// verb is a formatting verb: its letter's offset in the format and the
// index of the argument it formats.
type verb struct {
	at   int
	verb byte
	arg  int
}

// unnamedParams returns sig without the names of its parameters and
// results.
func unnamedParams(sig *types.Signature) *types.Signature {
	strip := func(t *types.Tuple) *types.Tuple {
		var vs []*types.Var
		for i := range t.Len() {
			vs = append(vs, types.NewParam(token.NoPos, nil, "", t.At(i).Type()))
		}
		return types.NewTuple(vs...)
	}
	return types.NewSignatureType(nil, nil, nil, strip(sig.Params()), strip(sig.Results()), sig.Variadic())
}
