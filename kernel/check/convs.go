package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Conversions to interfaces in yaegi v0.16.1: an interface value made
// from a notebook type with methods keeps reading the place the value was
// converted from. Converted from a variable, it follows the variable's
// later assignments (var e error = fe; fe = &FE{"b"} makes e "b");
// converted from an expression in a loop, every value converted there is
// the last one (errs = append(errs, &FieldError{k}) in a loop makes every
// element the last field error). Converted in a function of its own,
// whose frame no one writes again, the value stays.
//
// With the types known, the lowering converts such values in a function
// literal, func(C T) I { var R I = C; return R }(x), wherever the
// interface value is
// kept: assignments, variable declarations, composite literals, sends,
// append, explicit conversions, and arguments of calls (but those of
// fmt's printing functions, which keep nothing). Function literals passed
// to compiled code go through a function of their own for the same
// reason (funcLit).

// convertible reports whether a value of type t converted to an
// interface needs converting in a function of its own: a notebook type
// with methods (the lowering's own, markedNamed's, too), or a pointer to
// one, not generic.
func convertible(t types.Type) bool {
	n, ok := cellConcrete(t)
	return ok && (types.NewMethodSet(types.NewPointer(n)).Len() > 0 || markedNamed(n))
}

// convTo converts e, when it is a value of a notebook type with methods,
// to the interface type dst in a function literal of its own.
func (lw *lowerer) convTo(e ast.Expr, dst types.Type) {
	if e == nil || dst == nil {
		return
	}
	lw.compiledFuncConv(e, dst)
	lw.untagged(e, dst)
	if _, ok := dst.(*types.TypeParam); ok {
		return
	}
	if _, ok := dst.Underlying().(*types.Interface); !ok {
		return
	}
	tv := lw.info.Types[e]
	if tv.IsValue() && isEmptyIface(dst) {
		lw.noteAnyComp(tv.Type)
	}
	instance := instanceToCompiled(tv.Type, dst)
	// (an instance of a generic struct error type goes to error boxed, as
	// a plain one: yaegi kept one of its fields, and values appended in a
	// loop came out all the last one)
	instErr := types.Identical(dst, errorType) && needsBox(tv.Type)
	if !tv.IsValue() || tv.IsNil() || !convertible(tv.Type) && !instance && !instErr && !cellIfaceToCompiled(tv.Type, dst) || !spellable(lw.typ(dst)) {
		return
	}
	if types.Identical(tv.Type, dst) {
		return
	}
	if types.Identical(dst, errorType) {
		if b := lw.errorBoxer(tv.Type); b != "" {
			lw.insert(e.Pos(), b+"(")
			lw.insertClose(e.End(), ")")
			return
		}
	}
	if lw.nilBoxConv(e, tv.Type, dst) {
		return
	}
	if _, isStruct := tv.Type.Underlying().(*types.Struct); isStruct && isEmptyIface(dst) {
		return // a struct value in an "any" is a copy (in an interface a
		// cell declared it is not: it follows the variable)
	}
	// (through a variable: a value returned as it is loses its type,
	// for types that are not structs, in an "any")
	if instance && !spellable(lw.typ(tv.Type)) {
		return
	}
	c, r := lw.fresh("C"), lw.fresh("R")
	ret := r
	cases := ""
	if cellIfaceToCompiled(tv.Type, dst) {
		// (a nil one converted panicked in yaegi v0.16.1)
		cases = "if " + c + " == nil { return nil }; "
		if types.Identical(dst, errorType) {
			cases += lw.dynamicCases(c, tv.Type.Underlying().(*types.Interface))
		} else {
			cases += lw.heldCases(c, tv.Type.Underlying().(*types.Interface), dst)
		}
	}
	if structToCompiled(tv.Type, dst) {
		// yaegi's wrapper holds the struct's last field: given the struct
		ret = fmt.Sprintf("%s.Rewrap(%s, []%s{%s}).(%s)", rtName, r, lw.typ(tv.Type), c, lw.typ(dst))
		lw.extraImport(rtName, rt.Path)
	}
	open, close := lw.ifaceCallArg(e, tv.Type)
	lw.insert(e.Pos(), fmt.Sprintf("func(%[1]s %[2]s) %[3]s { %[6]svar %[4]s %[3]s = %[1]s; return %[5]s }(", c, lw.typ(tv.Type), lw.typ(dst), r, ret, cases)+open)
	lw.insertClose(e.End(), close+")")
}

// structToCompiled reports whether a value of type t going to dst is a
// struct value of a cell's type going to an interface with methods of a
// compiled package (fmt.Stringer, sort.Interface; error has its box):
// yaegi v0.16.1's wrapper of it holds its last field, not the struct,
// unless given the struct (rt.Rewrap). So also for an instance of a
// notebook's generic struct type (instanceToCompiled).
func structToCompiled(t, dst types.Type) bool {
	if instanceToCompiled(t, dst) {
		return true
	}
	if t == nil || dst == nil || !convertible(t) || types.Identical(dst, errorType) || interpretedIface(dst) {
		return false
	}
	_, isStruct := t.Underlying().(*types.Struct)
	return isStruct && nonEmptyIface(dst) != nil
}

// assignConvs converts the values of an assignment that go to
// interfaces.
func (lw *lowerer) assignConvs(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		lw.convTo(as.Rhs[i], lw.info.TypeOf(l))
		lw.unaryConv(as.Rhs[i], lw.info.TypeOf(l))
		lw.compiledFieldConv(l, as.Rhs[i])
	}
}

// parallelIfaceConvs converts, in an assignment of several values, each
// call that goes to a variable of an interface type, and each nil, to
// the destination's type: yaegi v0.16.1 dropped the other values of the
// assignment (n, err = 4, errors.New("e") left n 0, s, err = "a", ...
// left s "") or panicked (q, st = 6, nil and s, n = nil, 5 with s a
// slice: "reflect: New(nil)"); a conversion it runs right.
func (lw *lowerer) parallelIfaceConvs(as *ast.AssignStmt) {
	if len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		lt := lw.info.TypeOf(l)
		if lt == nil {
			continue
		}
		r := as.Rhs[i]
		tv := lw.info.Types[r]
		c, isCall := ast.Unparen(r).(*ast.CallExpr)
		if !tv.IsNil() && !(isCall && !lw.info.Types[c.Fun].IsType() && types.IsInterface(lt)) {
			continue
		}
		if ts := lw.typ(lt); spellable(ts) {
			lw.insert(r.Pos(), "("+ts+")(")
			lw.insertClose(r.End(), ")")
		}
	}
}

// assignRecv converts the receives an assignment stores in anything but
// a variable (recvConv); a select's case keeps its receive.
func (lw *lowerer) assignRecv(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) || lw.commStmts[as] {
		return
	}
	for i, l := range as.Lhs {
		if _, ok := ast.Unparen(l).(*ast.Ident); !ok {
			lw.recvConv(as.Rhs[i])
		}
	}
}

// compiledFieldConv converts an operator's result assigned to a field
// of interface type of a compiled struct explicitly: yaegi v0.16.1 ends
// the function silently at r.Value = i * i (r a *ring.Ring), and runs
// r.Value = any(i * i).
func (lw *lowerer) compiledFieldConv(lhs, rhs ast.Expr) {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return
	}
	s := lw.info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || s.Obj().Pkg() == nil || s.Obj().Pkg().Path() == "main" {
		return
	}
	switch ast.Unparen(rhs).(type) {
	case *ast.BinaryExpr, *ast.UnaryExpr:
	default:
		return
	}
	ft := s.Obj().Type()
	if _, ok := ft.Underlying().(*types.Interface); !ok || !spellable(lw.typ(ft)) {
		return
	}
	lw.insert(rhs.Pos(), lw.typ(ft)+"(")
	lw.insertClose(rhs.End(), ")")
}

// specConvs converts the values of a var spec with a type.
func (lw *lowerer) specConvs(vs *ast.ValueSpec) {
	if vs.Type == nil || len(vs.Names) != len(vs.Values) {
		return
	}
	t := lw.info.TypeOf(vs.Type)
	for _, v := range vs.Values {
		lw.convTo(v, t)
	}
}

// compositeConvs converts the elements (keys, values, fields) of a
// composite literal that go to interfaces.
func (lw *lowerer) compositeConvs(cl *ast.CompositeLit) {
	t := lw.info.TypeOf(cl)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		lw.elemConvs(cl.Elts, nil, u.Elem())
	case *types.Array:
		lw.elemConvs(cl.Elts, nil, u.Elem())
	case *types.Map:
		lw.elemConvs(cl.Elts, u.Key(), u.Elem())
	case *types.Struct:
		for i, e := range cl.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := lw.info.Uses[id].(*types.Var); ok {
						lw.convTo(kv.Value, f.Type())
					}
				}
				continue
			}
			if i < u.NumFields() {
				lw.convTo(e, u.Field(i).Type())
			}
		}
	}
}

func (lw *lowerer) elemConvs(elts []ast.Expr, key, elem types.Type) {
	for _, e := range elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				lw.convTo(kv.Key, key)
			}
			lw.convTo(kv.Value, elem)
			continue
		}
		lw.convTo(e, elem)
	}
}

// callConvs converts the arguments of a call, a conversion or append
// that go to interfaces. Notebook errors passed to compiled functions are
// compiledCall's.
func (lw *lowerer) callConvs(c *ast.CallExpr, fn *types.Func) {
	if tv := lw.info.Types[c.Fun]; tv.IsType() {
		if len(c.Args) == 1 {
			lw.convTo(c.Args[0], tv.Type)
		}
		return
	}
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
		if b, ok := lw.info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "append" {
				lw.appendSelf(c)
			}
			if b.Name() == "append" && len(c.Args) > 1 && !c.Ellipsis.IsValid() {
				if s, ok := lw.info.TypeOf(c.Args[0]).Underlying().(*types.Slice); ok {
					for _, a := range c.Args[1:] {
						lw.convTo(a, s.Elem())
					}
				}
			}
			return
		}
	}
	sig, ok := lw.info.TypeOf(c.Fun).(*types.Signature)
	if !ok {
		return
	}
	compiled := fn != nil && fn.Pkg() != nil && fn.Pkg().Path() != "main"
	if compiled && fn.Pkg().Path() == "fmt" && fn.Name() != "Errorf" {
		// prints, keeps nothing; but a nil writer holds its type
		for i, a := range c.Args {
			if pt := paramType(sig, i, c.Ellipsis.IsValid()); pt != nil && !isEmptyIface(pt) {
				lw.nilBoxConv(a, lw.info.TypeOf(a), pt)
			}
		}
		return
	}
	for i, a := range c.Args {
		if lit, ok := ast.Unparen(a).(*ast.FuncLit); ok && compiled {
			lw.funcLit(lit, true)
		}
		pt := paramType(sig, i, c.Ellipsis.IsValid())
		if pt == nil {
			continue
		}
		if compiled && isEmptyIface(pt) {
			lw.noteFuncResults(a)
		}
		if compiled && (compiledErrorArg(pt, lw.info.TypeOf(a)) || isEmptyIface(pt)) {
			continue // compiledCall's; compiled code keeps an "any" as it is
		}
		if compiled && cellIfaceToCompiled(lw.info.TypeOf(a), pt) {
			continue // ifaceArgs's (ifaceargs.go)
		}
		edit := len(lw.edits)
		lw.convTo(a, pt)
		if !compiled {
			lw.singleIfaceArg(a, pt, edit) // (ifaceparams.go)
		}
	}
}

// paramType returns the type of the parameter that argument i of a call
// of sig goes to (a variadic one's element), nil when there is none or
// the call passes a slice with ... to it.
func paramType(sig *types.Signature, i int, ellipsis bool) types.Type {
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if ellipsis {
			return nil
		}
		return sig.Params().At(n - 1).Type().(*types.Slice).Elem()
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}

// compiledErrorArg reports whether an argument of type at passed for a
// parameter of type pt of a compiled function is compiledCall's to
// convert: a notebook error type to an interface.
func compiledErrorArg(pt, at types.Type) bool {
	if _, ok := pt.Underlying().(*types.Interface); !ok || at == nil || !isMainType(at) {
		return false
	}
	if _, ok := at.Underlying().(*types.Interface); ok {
		return false
	}
	return types.Implements(at, errorType.Underlying().(*types.Interface))
}

// anyAlias spells the predeclared any as interface{}. yaegi v0.16.1
// gives the two spellings types of their own, and its append guesses
// from the element types whether to append a slice's elements or the
// slice (it ignores the ...): append(a, b...) with a []interface{} and b
// an []any appended b as one element.
func (lw *lowerer) anyAlias(id *ast.Ident) bool {
	if id.Name != "any" || lw.info.Uses[id] != types.Universe.Lookup("any") {
		return false
	}
	lw.replace(id.Pos(), id.End(), "interface{}")
	return true
}

// appendSelf makes append(s, x), x of s's own type []I (I an
// interface: arr = append(arr, []any{1, 2})), append x as one element:
// append(s, []I{x}...). yaegi v0.16.1 appended x's elements, as if the
// call had been append(s, x...) (yaegi issue 1414).
func (lw *lowerer) appendSelf(c *ast.CallExpr) {
	if len(c.Args) != 2 || c.Ellipsis.IsValid() {
		return
	}
	st, xt := lw.info.TypeOf(c.Args[0]), lw.info.TypeOf(c.Args[1])
	if st == nil || xt == nil {
		return
	}
	s, ok := st.Underlying().(*types.Slice)
	if !ok || !types.Identical(s, xt.Underlying()) {
		return
	}
	if _, iface := s.Elem().Underlying().(*types.Interface); !iface || !spellable(lw.typ(s.Elem())) {
		return
	}
	lw.insert(c.Args[1].Pos(), "[]"+lw.typ(s.Elem())+"{")
	lw.insertClose(c.Args[1].End(), "}...")
}

// sendConvs converts the value of a send to a channel of interfaces.
func (lw *lowerer) sendConvs(s *ast.SendStmt) {
	if ch, ok := lw.info.TypeOf(s.Chan).Underlying().(*types.Chan); ok {
		lw.convTo(s.Value, ch.Elem())
	}
}

// lostReturned reports whether a value of type t returned as it is to
// a result of type dst, an empty interface, loses its type in yaegi
// v0.16.1: a value of a notebook array, slice, map, func or channel
// type with methods is the bare [3]uint8 (map[string]bool, ...) there, which an assertion to the type refused
// (func f() any { return RGB{1, 2, 3} }). convTo converts it through a
// variable, which keeps it.
func lostReturned(t, dst types.Type) bool {
	if t == nil || dst == nil || !isEmptyIface(dst) || !convertible(t) {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Array, *types.Slice, *types.Map, *types.Signature, *types.Chan:
		return true
	}
	return false
}

// returnConvs boxes the results of a return statement that go to
// error (see errs.go), and converts those of an unnamed struct type
// that go to a tagged one (typetags.go), or the other way, and those
// that are receives (recvConv). A composite of cell types returned as an
// empty interface is noted for fmt (anycomp.go).
func (lw *lowerer) returnConvs(r *ast.ReturnStmt) {
	if len(lw.funcs) == 0 || lw.funcs[len(lw.funcs)-1] == nil {
		return
	}
	res := lw.funcs[len(lw.funcs)-1].Results()
	lw.recFuncTupleReturn(r, res)   // (recfuncs.go)
	lw.namedFuncTupleReturn(r, res) // (namedfunc.go)
	if res.Len() != len(r.Results) {
		return
	}
	inlined := lw.returnNilBox(r, res)
	for i, e := range r.Results {
		if tv := lw.info.Types[e]; tv.IsValue() && isEmptyIface(res.At(i).Type()) {
			lw.noteAnyComp(tv.Type) // (return []P{...} from a func() any)
		}
		lw.unaryConv(e, res.At(i).Type())
		lw.untagged(e, res.At(i).Type()) // (around the receive's conversion)
		lw.recvConv(e)
		if !types.IsInterface(res.At(i).Type()) {
			lw.namedFuncResult(e) // (namedfunc.go; a result of an interface type keeps its methods)
		}
		converted := structToCompiled(lw.info.TypeOf(e), res.At(i).Type()) || lostReturned(lw.info.TypeOf(e), res.At(i).Type()) ||
			i != inlined && cellIfaceToCompiled(lw.info.TypeOf(e), res.At(i).Type())
		if converted {
			lw.convTo(e, res.At(i).Type())
		}
		if i == inlined || converted || lw.nilBoxConv(e, lw.info.TypeOf(e), res.At(i).Type()) {
			continue
		}
		if !types.Identical(res.At(i).Type(), errorType) {
			continue
		}
		if b := lw.errorBoxer(lw.info.TypeOf(e)); b != "" {
			lw.insert(e.Pos(), b+"(")
			lw.insertClose(e.End(), ")")
		}
	}
}

// recvConv converts a receive to its own type, (T)(<-ch), where yaegi
// v0.16.1 went wrong on the bare receive: a result (return <-ch panicked:
// "reflect.Value.Set using unaddressable value"), and the value assigned
// to an element, a field or a pointer's target (s[i] = <-ch, p.A = <-ch
// and *q = <-ch stored a zero).
func (lw *lowerer) recvConv(e ast.Expr) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return
	}
	t := lw.info.TypeOf(e)
	if t == nil {
		return
	}
	ts := lw.typ(t)
	if !spellable(ts) {
		return
	}
	lw.insert(e.Pos(), "("+ts+")(")
	lw.insertClose(e.End(), ")")
}

func isEmptyIface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() == 0
}
