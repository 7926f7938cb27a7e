package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// caseLists splits a case of several expressions, one of them not a
// constant (or made a call by ifaceCases), into cases of one that fall
// through to the next: yaegi v0.16.1 tests only the first of them when
// they are calls or operations (case unicode.IsLetter(r),
// unicode.IsSpace(r) never took a space; case id(1), id(2) never took
// 2). The cases stay on their line.
func (lw *lowerer) caseLists(sw *ast.SwitchStmt) {
	for _, s := range sw.Body.List {
		list := s.(*ast.CaseClause).List
		constant := true
		for _, e := range list {
			constant = constant && lw.info.Types[e].Value != nil && !lw.ifaceCase[e]
		}
		if constant {
			continue
		}
		for i := 1; i < len(list); i++ {
			lw.replace(list[i-1].End(), list[i].Pos(), ": fallthrough; case ")
		}
	}
}

// elidedPointers spells &T before the elided composite literals of a
// literal of a compiled package's named map, slice or array type whose
// elements (or keys) are pointers: yaegi v0.16.1 crashed compiling
// fstest.MapFS{"a.txt": {Data: b}} ("CFG post-order panic").
func (lw *lowerer) elidedPointers(n *ast.CompositeLit) {
	named, ok := types.Unalias(lw.info.TypeOf(n)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || isCellNamed(named) {
		return
	}
	var key, elem types.Type
	switch u := named.Underlying().(type) {
	case *types.Map:
		key, elem = u.Key(), u.Elem()
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return
	}
	spell := func(e ast.Expr, t types.Type) {
		lit, ok := e.(*ast.CompositeLit)
		if !ok || lit.Type != nil {
			return
		}
		if p, ok := t.(*types.Pointer); ok {
			if s := lw.typ(p.Elem()); spellable(s) {
				lw.insert(lit.Lbrace, "&"+s)
			}
		}
	}
	for _, e := range n.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				spell(kv.Key, key)
			}
			spell(kv.Value, elem)
			continue
		}
		spell(e, elem)
	}
}

// switchInitTag: switch init; tag { ... } with a tag that is not a name
// becomes switch init; { default: switch tag { ... } }: yaegi v0.16.1
// went from the init statement straight to the cases, never evaluating
// such a tag (switch x := 5; x * 2 { case 10: } compared 10 with 0). A
// break leaves the inner switch and so the outer, a labeled one's leaves
// the outer.
func (lw *lowerer) switchInitTag(sw *ast.SwitchStmt) {
	if !tagNested(sw) {
		return
	}
	lw.insert(sw.Tag.Pos(), "{ default: switch ")
	lw.insertClose(sw.End(), " }")
}

// tagNested reports whether switchInitTag nests sw's tag in a switch of
// its own (which then has no init statement).
func tagNested(sw *ast.SwitchStmt) bool {
	if sw.Init == nil || sw.Tag == nil {
		return false
	}
	_, ident := ast.Unparen(sw.Tag).(*ast.Ident)
	return !ident
}

// defaultLast: a switch whose default clause is not the last gets a
// last case that never matches (case false:, a fresh pointer in an
// interface for a switch with a tag, a type of its own in a type switch):
// yaegi v0.16.1 swaps the default clause with the last one, which tested
// the last case before those after the default (switch { default: ...;
// case n > 5: ...; case n > 0: ... } took n > 0 for 10); swapped with the
// new one, the cases keep their order.
func (lw *lowerer) defaultLast(body *ast.BlockStmt, tag, typeSwitch bool) {
	list := body.List
	for i, s := range list {
		if c, ok := s.(*ast.CaseClause); !ok || c.List != nil || i == len(list)-1 {
			continue
		}
		never := "false"
		switch {
		case typeSwitch:
			never = "struct{ gofuturesNever byte }"
		case tag:
			lw.extraImport(rtName, rt.Path)
			never = rtName + ".Unequal()"
		}
		lw.insert(body.Rbrace, "case "+never+": ")
		return
	}
}

// unaryConv converts the result of -x, ^x, !x or +x assigned or returned
// to an interface explicitly (any(-x)): yaegi v0.16.1 returned nil for
// return -x from a function returning any, ended the function silently
// at e = -x with e an any, and panicked at e = !b.
func (lw *lowerer) unaryConv(e ast.Expr, dst types.Type) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || dst == nil || u.Op == token.AND || u.Op == token.ARROW {
		return
	}
	if _, ok := dst.Underlying().(*types.Interface); !ok {
		return
	}
	if _, ok := dst.(*types.TypeParam); ok {
		return
	}
	tv := lw.info.Types[e]
	if tv.Value != nil || tv.Type == nil {
		return
	}
	if _, ok := tv.Type.Underlying().(*types.Interface); ok {
		return
	}
	t := lw.typ(dst)
	if !spellable(t) {
		return
	}
	lw.insert(e.Pos(), "("+t+")(")
	lw.insertClose(e.End(), ")")
}

// commaOkAssert makes v, ok := x.(T), for a type T that typeAssert
// leaves, an assertion in a function of its own: yaegi v0.16.1 left v as
// it was when the assertion failed (in a loop, the last string asserted
// where Go gives ""), and crashed asserting a nil interface value to an
// interface type.
func (lw *lowerer) commaOkAssert(ta *ast.TypeAssertExpr) bool {
	from, t := lw.typ(lw.info.Types[ta.X].Type), lw.typ(lw.info.Types[ta.Type].Type)
	if !spellable(from) || !spellable(t) {
		return true
	}
	if _, commaOk := lw.info.Types[ta].Type.(*types.Tuple); !commaOk {
		return lw.ifaceAssert(ta, from, t)
	}
	x, v := lw.fresh("X"), lw.fresh("V")
	// a failed assertion returns a zero value of its own, and a nil x
	// fails before it is asserted (yaegi crashed on x.(T) of a nil x to
	// an interface type T)
	lw.insert(ta.X.Pos(), fmt.Sprintf("func(%[1]s %[2]s) (%[3]s, bool) { if %[1]s != nil { if %[4]s, ok := %[1]s.(%[3]s); ok { return %[4]s, true } }; var %[4]s %[3]s; return %[4]s, false }(", x, from, t, v))
	lw.replace(ta.X.End(), ta.End(), ")")
	lw.walk(ta.X)
	return false
}

// valueParens puts in parentheses the calls of builtins (len, append,
// make, new, ...) and the receives (<-ch) among several values returned
// or assigned at once, and, assigned (=), the calls of every function:
// yaegi v0.16.1 stored their results in the first destination (return
// x, append(x, 1) returned [5] [5]; return "a", len(s) panicked in
// reflect; x, n = "b", cap(s) assigned nothing; v, w := <-ch, 1 left w
// 0; return 1, <-ch panicked), and a, b = "k", g() assigned g's result
// alone (a kept what it held), as g, a = t.Get, 5 (a method value, which
// the lowering makes a call). In parentheses it stores them where they
// belong.
func (lw *lowerer) valueParens(values []ast.Expr, assigned bool) {
	if len(values) < 2 {
		return
	}
	for _, v := range values {
		switch v := v.(type) {
		case *ast.SelectorExpr:
			// a method value, which the lowering makes a call
			if sel := lw.info.Selections[v]; !assigned || sel == nil || sel.Kind() != types.MethodVal {
				continue
			}
		case *ast.CallExpr:
			if assigned {
				break
			}
			id, ok := ast.Unparen(v.Fun).(*ast.Ident)
			if !ok {
				continue
			}
			if _, ok := lw.info.Uses[id].(*types.Builtin); !ok {
				continue
			}
		case *ast.UnaryExpr:
			if v.Op != token.ARROW {
				continue
			}
		default:
			continue
		}
		lw.insert(v.Pos(), "(")
		lw.insertClose(v.End(), ")")
	}
}

// litParens puts in parentheses a composite literal assigned to a
// variable (start = Point{r, c}): yaegi v0.16.1 lost a struct literal
// assigned to a named result (the function returned the zero Point, also
// when a deferred function literal set it after recover()) and to a
// variable of an enclosing function (p = Point{3, 3} in a function
// literal). In parentheses the value is the variable's.
func (lw *lowerer) litParens(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	if _, ok := as.Lhs[0].(*ast.Ident); !ok {
		return
	}
	if _, ok := as.Rhs[0].(*ast.CompositeLit); !ok {
		return
	}
	lw.insert(as.Rhs[0].Pos(), "(")
	lw.insertClose(as.Rhs[0].End(), ")")
}

// viaEmbeddedIface reports whether t has a method of it only through an
// interface embedded in a struct (type Labeled struct{ Shape; Label
// string }): yaegi v0.16.1 does not see such methods when it checks an
// assertion from it to t ("impossible type assertion: main.Labeled does
// not implement main.Shape"). Nor, on a struct value, a method with a
// pointer receiver promoted through an embedded pointer (type DVD
// struct{ *Loanable }: "main.DVD does not implement main.Item as "Lend"
// method has a pointer receiver"). Nor one promoted from an embedded
// compiled type (promotedCompiled: type Log struct{ bytes.Buffer }).
func viaEmbeddedIface(t types.Type, it *types.Interface) bool {
	if promotedCompiled(t, it) {
		return true
	}
	_, tptr := t.Underlying().(*types.Pointer)
	for m := range it.Methods() {
		obj, index, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
		if f, ok := obj.(*types.Func); ok && !tptr && len(index) > 1 {
			if _, ptrRecv := f.Signature().Recv().Type().(*types.Pointer); ptrRecv {
				return true
			}
		}
		cur := t
		for _, i := range index[:max(len(index)-1, 0)] {
			if p, ok := cur.Underlying().(*types.Pointer); ok {
				cur = p.Elem()
			}
			s, ok := cur.Underlying().(*types.Struct)
			if !ok {
				break
			}
			cur = s.Field(i).Type()
			if _, ok := cur.Underlying().(*types.Interface); ok {
				return true
			}
		}
	}
	return false
}

// zeroResults sets the named results of a declared function to their zero
// values where its body starts: yaegi v0.16.1 keeps the results of a
// call in the caller, one place per call site, and does not clear them,
// so a bare return in a loop's later call returned what the earlier
// call had set (k, v, err := parseKV(s) kept the last k). On the line
// of the opening brace.
func (lw *lowerer) zeroResults(fd *ast.FuncDecl) {
	if fd.Body == nil || fd.Type.Results == nil {
		return
	}
	var b strings.Builder
	for _, f := range fd.Type.Results.List {
		for _, n := range f.Names {
			if n.Name == "_" {
				continue
			}
			v, ok := lw.info.Defs[n].(*types.Var)
			if !ok {
				return
			}
			t := lw.typ(v.Type())
			if !spellable(t) {
				return
			}
			z := lw.fresh("Z") // (not *new(T): a parameter may be named new)
			fmt.Fprintf(&b, " var %s %s; %s = %s;", z, t, n.Name, z)
		}
	}
	if b.Len() > 0 {
		lw.insert(fd.Body.Lbrace+1, b.String())
	}
}

// rangeArrayPtr lowers for k, v := range p over a pointer p to an array,
// with a value, to for k := range p { v := p[k]; ... } (p a name or a
// field): yaegi v0.16.1 panicked ("reflect: call of reflect.Value.Elem
// on array Value"). Elements are read as the loop gets to them, as Go
// reads them through the pointer.
func (lw *lowerer) rangeArrayPtr(n *ast.RangeStmt) {
	if n.Value == nil || isBlank(n.Value) || !pure(n.X) {
		return
	}
	p, ok := lw.info.Types[n.X].Type.Underlying().(*types.Pointer)
	if !ok {
		return
	}
	if _, ok := p.Elem().Underlying().(*types.Array); !ok {
		return
	}
	k := lw.fresh("K")
	x := lw.text(n.X)
	switch {
	case n.Tok == token.DEFINE && !isBlank(n.Key):
		k = lw.text(n.Key)
		lw.replace(n.Key.End(), n.Value.End(), "")
		lw.insert(n.Body.Lbrace+1, fmt.Sprintf(" %s := %s[%s];", lw.text(n.Value), x, k))
	case n.Tok == token.DEFINE:
		lw.replace(n.Key.Pos(), n.Value.End(), k)
		lw.insert(n.Body.Lbrace+1, fmt.Sprintf(" %s := %s[%s];", lw.text(n.Value), x, k))
	default:
		keyTo := ""
		if !isBlank(n.Key) {
			keyTo = lw.text(n.Key) + ", "
		}
		lw.replace(n.Key.Pos(), n.Value.End(), k)
		lw.replace(n.TokPos, n.TokPos+token.Pos(len(n.Tok.String())), ":=")
		val := lw.text(n.Value)
		if keyTo != "" {
			lw.insert(n.Body.Lbrace+1, fmt.Sprintf(" %s%s = %s, %s[%s];", keyTo, val, k, x, k))
		} else {
			lw.insert(n.Body.Lbrace+1, fmt.Sprintf(" %s = %s[%s];", val, x, k))
		}
	}
}

// arrayPtrKeys: a range over a pointer to an array, x pure, ranges over
// [N]struct{}{} instead (the value, if any, is read as x[k] in the body:
// rangeArrayPtr). yaegi v0.16.1 keeps its copy of the ranged array in the
// frame slot before the key's, reserved for arrays and slices but not for
// pointers to arrays, so in a function the range overwrote the variable
// declared before it (the pointer: p[i] then panicked with "reflect: call
// of reflect.Value.Elem on array Value"). Go does not evaluate x either:
// its length is a constant. It reports whether x was replaced (and is not
// to be walked).
func (lw *lowerer) arrayPtrKeys(n *ast.RangeStmt) bool {
	if !pure(n.X) {
		return false
	}
	p, ok := lw.info.Types[n.X].Type.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	a, ok := p.Elem().Underlying().(*types.Array)
	if !ok {
		return false
	}
	lw.replace(n.X.Pos(), n.X.End(), fmt.Sprintf("[%d]struct{}{}", a.Len()))
	return true
}

// unnamedParams names a function's unnamed parameters "_" (func(string,
// string) error becomes func(_ string, _ string) error): yaegi v0.16.1
// failed calling such a function when its body called another ("reflect.
// Set: value of type string is not assignable to type func(string)
// error" for return errors.New("read-only")).
func (lw *lowerer) unnamedParams(ft *ast.FuncType) {
	if ft.Params == nil || len(ft.Params.List) == 0 {
		return
	}
	for _, f := range ft.Params.List {
		if len(f.Names) > 0 {
			return
		}
	}
	for _, f := range ft.Params.List {
		lw.insert(f.Type.Pos(), "_ ")
	}
}

// assertedPure reports whether e is pure but for type assertions and
// indexes, and has an assertion (a[0].([]int), which the index check
// evaluates again, as it is written): its assertions are to types the
// lowering leaves as they are (not interfaces, no cell's types), and
// what they assert is assertedPure or pure. An assertion has no side
// effects, and the second evaluation comes after the first succeeded.
// (grid[i][j], no assertion, is left to yaegi: loops over grids would
// pay a check more.)
func (lw *lowerer) assertedPure(e ast.Expr) bool {
	asserts := false
	var ok func(e ast.Expr) bool
	ok = func(e ast.Expr) bool {
		switch x := e.(type) {
		case *ast.Ident, *ast.BasicLit:
			return true
		case *ast.SelectorExpr:
			return ok(x.X)
		case *ast.ParenExpr:
			return ok(x.X)
		case *ast.StarExpr:
			return ok(x.X)
		case *ast.IndexExpr:
			return ok(x.X) && ok(x.Index)
		case *ast.TypeAssertExpr:
			t := lw.info.TypeOf(x.Type)
			if x.Type == nil || t == nil || types.IsInterface(t) || mentionsMain(t) {
				return false
			}
			asserts = true
			return ok(x.X)
		}
		return false
	}
	return ok(e) && asserts
}

// ifaceAssert makes x.(I), for an interface I that typeAssert leaves (no
// cell type implements it: error, fmt.Stringer), an assertion in a
// function of its own that fails with Go's runtime error,
// "interface conversion: interface is nil, not error" or "int is not
// error: missing method Error" (yaegi v0.16.1 panicked in reflect, a nil
// dereference once recovered). from and t are x's type and I, spelled.
func (lw *lowerer) ifaceAssert(ta *ast.TypeAssertExpr, from, t string) bool {
	it, ok := lw.info.Types[ta.Type].Type.Underlying().(*types.Interface)
	if !ok {
		return true
	}
	if _, tp := lw.info.Types[ta.Type].Type.(*types.TypeParam); tp {
		return true
	}
	lw.extraImport(rtName, rt.Path)
	x, v := lw.fresh("X"), lw.fresh("V")
	fail := fmt.Sprintf("panic(%s.Panic(%d, %s.AssertMissing(%s, %q, %q)))", rtName, lw.line(ta.Lparen), rtName, x, lw.goName(lw.info.Types[ta.Type].Type), lw.missingTable(it))
	lw.insert(ta.X.Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[3]s { if %[1]s != nil { if %[4]s, ok := %[1]s.(%[3]s); ok { return %[4]s } }; %[5]s }(", x, from, t, v, fail))
	lw.replace(ta.X.End(), ta.End(), ")")
	lw.walk(ta.X)
	return false
}

// commaOkIndex makes v, ok = m[k] (and :=, and var v, ok = m[k]) an
// index in a function of its own: yaegi v0.16.1 left v as it was when
// the map lacks k (in a loop, the value of the last key found), where Go
// sets it to the zero value. A fresh frame's v is zero.
func (lw *lowerer) commaOkIndex(rhs []ast.Expr) {
	if len(rhs) != 1 {
		return
	}
	ix, ok := ast.Unparen(rhs[0]).(*ast.IndexExpr)
	if !ok {
		return
	}
	tup, ok := lw.info.Types[rhs[0]].Type.(*types.Tuple)
	if !ok || tup.Len() != 2 {
		return
	}
	if _, isMap := lw.info.TypeOf(ix.X).Underlying().(*types.Map); !isMap {
		return
	}
	ts := lw.typ(tup.At(0).Type())
	if !spellable(ts) {
		return
	}
	v := lw.fresh("V")
	lw.insert(rhs[0].Pos(), fmt.Sprintf("func() (%[1]s, bool) { %[2]s, ok := ", ts, v))
	lw.insertClose(rhs[0].End(), fmt.Sprintf("; return %s, ok }()", v))
}

// spreadNil makes the untyped nil spread into a variadic parameter
// (f(nil...), append(s, nil...)) a nil slice of the parameter's type:
// yaegi v0.16.1 crashes compiling the call ("CFG post-order panic").
func (lw *lowerer) spreadNil(c *ast.CallExpr) {
	if !c.Ellipsis.IsValid() || len(c.Args) == 0 {
		return
	}
	a := c.Args[len(c.Args)-1]
	if tv := lw.info.Types[a]; !tv.IsNil() {
		return
	}
	var st types.Type
	if sig, ok := lw.info.TypeOf(c.Fun).(*types.Signature); ok && sig.Variadic() {
		st = sig.Params().At(sig.Params().Len() - 1).Type()
	} else if len(c.Args) == 2 {
		st = lw.info.TypeOf(c.Args[0]) // append's
	}
	if st == nil {
		return
	}
	if ts := lw.typ(st); spellable(ts) {
		lw.replace(a.Pos(), a.End(), "("+ts+")(nil)")
	}
}
