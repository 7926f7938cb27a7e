package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Errors of notebook types in yaegi v0.16.1. A notebook error converted
// to the compiled interface error is wrapped in a value of yaegi's
// (interp._error) that keeps the notebook value for assertions, except
// when the type is a struct with value receivers: then it keeps one of
// the struct's fields (TimeoutError{"dial"} comes back as "dial"), and
// errors.As, errors.Is and assertions cannot find it again. Such values
// go to compiled code, and into error variables, in a box: a pointer to
// an interpreted struct holding the value, whose Error method is the
// value's; assertions and the walks of error chains look into it.
//
// errors.As, errors.AsType and errors.Is walk the chain in interpreted
// code when notebook types can be in it. Methods of interfaces are found
// through asserter; compiled errors are unwrapped by errors.Unwrap and
// reflection.

// boxName is the type of the box.
const boxName = "gofuturesErrBox"

// ErrBox is the name of the type of the box the lowering declares where
// a cell's struct error type has value receivers: a struct whose field V
// holds the value (see above).
const ErrBox = boxName

// unboxName is a func(any) (any, bool) returning the value in a box.
const unboxName = "gofuturesUnbox"

var errIface = errorType.Underlying().(*types.Interface)

// needsBox reports whether values of t go to compiled code in a box: a
// notebook struct type implementing error, or an instance of a generic
// one (which the cells run as kernel/cell/mono's copy, a plain type), or
// a pointer to a notebook struct whose Error is promoted from a compiled
// field (promoted.go).
func needsBox(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		_, isStruct := p.Elem().Underlying().(*types.Struct)
		return isStruct && promotedCompiled(t, errIface)
	}
	n, ok := plainCellType(t)
	if !ok {
		n, ok = types.Unalias(t).(*types.Named)
		if !ok || !isCellNamed(n) || n.TypeArgs().Len() == 0 {
			return false
		}
		if mentionsTypeParam(n) {
			return false // in the generic code itself
		}
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	return types.Implements(n, errIface)
}

// plainCellType returns t as a type a cell declares, not generic.
func plainCellType(t types.Type) (*types.Named, bool) {
	n, ok := t.(*types.Named)
	if !ok || !isCellNamed(n) || n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
		return nil, false
	}
	return n, true
}

// boxer returns a function literal func(T) error that boxes its
// argument, of type t (needsBox).
func (lw *lowerer) boxer(t types.Type) string {
	b := lw.fresh("B")
	return fmt.Sprintf("func(%s %s) error { return %s }", b, lw.typ(t), lw.boxOf(b))
}

// boxOf is the expression of the box of the notebook error v.
func (lw *lowerer) boxOf(v string) string {
	lw.needBox()
	return fmt.Sprintf("&%[2]s{V: %[1]s, F: func() string { return %[1]s.Error() }}", v, boxName)
}

// cellError reports whether t is a notebook type, or a pointer to one,
// not an interface, that implements error.
func cellError(t types.Type) bool {
	_, ok := cellConcrete(t)
	return ok && types.Implements(t, errIface)
}

// cellConcrete returns the notebook type that t is, or points to, when
// it is neither generic nor an interface.
func cellConcrete(t types.Type) (*types.Named, bool) {
	if t == nil {
		return nil, false
	}
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	n, ok := plainCellType(base)
	if !ok {
		return nil, false
	}
	if _, iface := n.Underlying().(*types.Interface); iface {
		return nil, false
	}
	return n, true
}

// nilBoxable reports whether t is a pointer to a notebook type whose
// methods make it an error: yaegi v0.16.1 turns a nil one into a nil
// error (Go's error holds the typed nil: err != nil, the Go FAQ's
// "nil error that is not nil"), unless it goes in a box.
func nilBoxable(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	if _, ok := plainCellType(p.Elem()); !ok {
		return false
	}
	return types.Implements(t, errIface)
}

// nilBoxer returns a function literal func(*T) error that boxes its
// argument, of type t (nilBoxable), when it is nil, and converts it
// otherwise.
func (lw *lowerer) nilBoxer(t types.Type) string {
	b := lw.fresh("B")
	return fmt.Sprintf("func(%[1]s %[2]s) error { if %[1]s == nil { return %[3]s }; return %[1]s }", b, lw.typ(t), lw.boxOf(b))
}

// errorBoxer returns the function that converts a value of type t to
// error through a box where it needs one (boxer, nilBoxer), or "".
func (lw *lowerer) errorBoxer(t types.Type) string {
	switch {
	case needsBox(t):
		return lw.boxer(t)
	case nilBoxable(t):
		return lw.nilBoxer(t)
	}
	return ""
}

// needBox adds the box's declarations to the cell's generated ones.
func (lw *lowerer) needBox() {
	lw.generate(cell.Type, boxName, "type "+boxName+" struct {\n\tV any\n\tF func() string\n}")
	lw.generate(cell.Method, boxName+".Error", "func (b *"+boxName+") Error() string { return b.F() }")
	lw.generate(cell.Func, unboxName, "func "+unboxName+"(x any) (v any, ok bool) {\n"+
		"\tdefer func() { _ = recover() }()\n"+
		"\tif b, ok := x.(*"+boxName+"); ok {\n\t\treturn b.V, true\n\t}\n"+
		"\tif e, ok := x.(error); ok {\n\t\tif b, ok := e.(*"+boxName+"); ok {\n\t\t\treturn b.V, true\n\t\t}\n\t}\n"+
		"\treturn nil, false\n}")
}

// boxable reports whether a value of the notebook may be in a box where
// a value of type t is asked for: t needs one (or goes in one when nil),
// or is an interface declared in a cell (or a literal) that a type that
// does implements.
func (lw *lowerer) boxable(t types.Type) bool {
	if needsBox(t) || nilBoxable(t) {
		return true
	}
	if !interpretedIface(t) {
		return false // error and other compiled interfaces: a box is one
	}
	for _, c := range lw.implementing(nonEmptyIface(t)) {
		if needsBox(c) || nilBoxable(c) {
			return true
		}
	}
	return false
}

// unboxCase is the statement of an asserter to t (with parameter x)
// that asserts the value in a box, when x holds one.
func (lw *lowerer) unboxCase(t types.Type, x string) string {
	if !lw.boxable(t) {
		return ""
	}
	lw.needBox()
	u, v := lw.fresh("U"), lw.fresh("V")
	return fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { if %[5]s, ok := %[4]s(%[1]s); ok { return %[5]s, true } }; ", u, unboxName, x, lw.plainAsserter(t), v)
}

// errorsWalk lowers errors.As(err, target) and errors.Is(err, target)
// into a walk of err's chain in interpreted code, when notebook types can
// be in it.
func (lw *lowerer) errorsWalk(c *ast.CallExpr, name string) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	target := lw.info.Types[c.Args[1]].Type
	if len(lw.implementers(errIface)) == 0 {
		// compiled errors only; but errors.As cannot set a target
		// of an interface type yaegi makes (interface{ Timeout() bool })
		if p, ok := target.(*types.Pointer); !ok || name != "As" || !interpretedIface(p.Elem()) {
			return
		}
	}
	// the error itself in a box, as compiledCall puts it (errors.Is(QE{1}, QE{1}))
	if at := lw.info.Types[c.Args[0]].Type; needsBox(at) {
		lw.insert(c.Args[0].Pos(), lw.boxer(at)+"(")
		lw.insertClose(c.Args[0].End(), ")")
	}
	if name == "As" {
		// a compiled target (*strconv.NumError) is walked to as well
		// when a notebook error's Unwrap can lead to it: compiled
		// errors.As stops at yaegi's wrapper of a notebook error, and
		// never calls a notebook error's As method
		ptr, ok := target.(*types.Pointer)
		if !ok || !mentionsMain(ptr.Elem()) && nonEmptyIface(ptr.Elem()) == nil && !lw.notebookUnwrappers() && !lw.notebookAsers() {
			return
		}
		lw.replace(c.Fun.Pos(), c.Fun.End(), lw.chainWalk(lw.text(sel.X), ptr, lw.line(c.Pos())))
		return
	}
	lw.replace(c.Fun.Pos(), c.Fun.End(), lw.chainWalk(lw.text(sel.X), nil, 0))
	if needsBox(target) {
		lw.insert(c.Args[1].Pos(), lw.boxer(target)+"(")
		lw.insertClose(c.Args[1].End(), ")")
	}
}

var (
	unwrapIface      = methodIface("Unwrap", nil, errorType)
	unwrapSliceIface = methodIface("Unwrap", nil, types.NewSlice(errorType))
)

// asIface is the interface of an error's As method.
var asIface = methodIface("As", []types.Type{types.NewInterfaceType(nil, nil)}, types.Typ[types.Bool])

// notebookAsers reports whether a notebook error type has an As method.
func (lw *lowerer) notebookAsers() bool {
	return len(lw.implementers(asIface.(*types.Interface))) > 0
}

// notebookUnwrappers reports whether a notebook error type has an Unwrap
// method, of either kind.
func (lw *lowerer) notebookUnwrappers() bool {
	return len(lw.implementers(unwrapIface.(*types.Interface))) > 0 || len(lw.implementers(unwrapSliceIface.(*types.Interface))) > 0
}

// errorsUnwrap lowers errors.Unwrap(err), when a notebook error type has
// an Unwrap() error method, to call that method: compiled errors.Unwrap
// sees yaegi's wrapper of a notebook error, which has only Error, and
// returned nil.
func (lw *lowerer) errorsUnwrap(c *ast.CallExpr) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || len(lw.implementers(unwrapIface.(*types.Interface))) == 0 {
		return
	}
	e, u := lw.fresh("E"), lw.fresh("U")
	lw.replace(c.Fun.Pos(), c.Fun.End(), fmt.Sprintf("func(%[1]s error) error { if %[2]s, ok := %[3]s(%[1]s); ok { return %[2]s.Unwrap() }; return %[4]s.Unwrap(%[1]s) }",
		e, u, lw.asserterFrom(unwrapIface, errorType), lw.text(sel.X)))
}

// asType lowers errors.AsType[T](err) as errors.As, when notebook types
// can be in the chain: func(e error) (T, bool) { var v T; return v,
// walk(e, &v) }(err).
func (lw *lowerer) asType(c *ast.CallExpr) bool {
	ix, ok := ast.Unparen(c.Fun).(*ast.IndexExpr)
	if !ok || len(c.Args) != 1 {
		return false
	}
	sel, ok := ix.X.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := lw.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "AsType" {
		return false
	}
	inst, ok := lw.info.Instances[sel.Sel]
	if !ok || inst.TypeArgs.Len() != 1 || len(lw.implementers(errIface)) == 0 {
		return false
	}
	t := inst.TypeArgs.At(0)
	e, v := lw.fresh("E"), lw.fresh("V")
	walk := lw.chainWalk(lw.text(sel.X), types.NewPointer(t), 0)
	lw.replace(c.Fun.Pos(), c.Fun.End(), fmt.Sprintf("func(%[1]s error) (%[2]s, bool) { var %[3]s %[2]s; ok := %[4]s(%[1]s, &%[3]s); return %[3]s, ok }", e, lw.typ(t), v, walk))
	lw.walk(c.Args[0])
	return true
}

// chainWalk returns a function literal func(err error, target T) bool
// that walks err's chain: As (ptr is the target's type) or Is (ptr nil).
func (lw *lowerer) chainWalk(errorsPkg string, ptr *types.Pointer, line int) string {
	e, stack, v := lw.fresh("E"), lw.fresh("Stack"), lw.fresh("V")
	impls := lw.implementers(errIface)
	boxes := false
	for _, t := range lw.implementerTypes(errIface) {
		boxes = boxes || needsBox(t)
	}
	var params, match, boxed string
	u := v + "B"
	if ptr != nil {
		params = fmt.Sprintf("%s error, %s %s", e+"In", v+"T", lw.typ(ptr))
		match = fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok%[7]s { *%[4]s = %[1]s; return true }; if %[5]s, ok := %[6]s(%[3]s); ok && %[5]s.As(%[4]s) { return true }; ",
			v, lw.asserterFrom(ptr.Elem(), errorType), e, v+"T", v+"A", lw.asserterFrom(asIface, errorType),
			sameText(ptr.Elem(), v, e))
		if boxes {
			boxed = fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { *%[4]s = %[1]s; return true }; if %[5]s, ok := %[6]s(%[3]s); ok && %[5]s.As(%[4]s) { return true }; ",
				v, lw.plainAsserter(ptr.Elem()), u, v+"T", v+"A", lw.plainAsserter(asIface))
		}
	} else {
		params = fmt.Sprintf("%s error, %s error", e+"In", v+"T")
		// == panics on yaegi's wrappers of notebook errors (func
		// fields): recovered, and notebook values compared unwrapped
		match = fmt.Sprintf("if func() (eq bool) { defer func() { _ = recover() }(); return %[1]s == %[2]s }() { return true }; if %[3]s, ok := %[4]s(%[1]s); ok && %[3]s.Is(%[2]s) { return true }; ",
			e, v+"T", v+"A", lw.asserterFrom(methodIface("Is", []types.Type{errorType}, types.Typ[types.Bool]), errorType))
		if boxes {
			boxed = fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok && %[1]s.Is(%[4]s) { return true }; ",
				v+"A", lw.plainAsserter(methodIface("Is", []types.Type{errorType}, types.Typ[types.Bool])), u, v+"T")
		}
		for _, t := range lw.implementerTypes(errIface) {
			if !types.Comparable(t) {
				continue
			}
			if needsBox(t) {
				pa := lw.plainAsserter(t)
				boxed += fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { if %[4]s, ok := %[2]s(%[5]s); ok && %[1]s == %[4]s { return true } }; ",
					v+"P", pa, u, v+"Q", v+"TV")
				// and out of a box: the value in a wrapper yaegi's
				// assertions look into (a process pool's remote error)
				match += fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { if %[4]s, ok := %[5]s(%[6]s); ok && %[1]s == %[4]s { return true } }; ",
					v+"P", lw.asserterFrom(t, errorType), e, v+"Q", pa, v+"TV")
				continue
			}
			match += fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok%[6]s { if %[4]s, ok := %[2]s(%[5]s); ok%[7]s && %[1]s == %[4]s { return true } }; ",
				v+"P", lw.asserterFrom(t, errorType), e, v+"Q", v+"T", sameText(t, v+"P", e), sameText(t, v+"Q", v+"T"))
		}
	}
	refl := hiddenAlias("reflect")
	lw.extraImport(refl, "reflect")
	isMain := fmt.Sprintf("func(%s any) bool { ", v+"X")
	for _, t := range impls {
		isMain += fmt.Sprintf("if _, ok := %s.(%s); ok { return true }; ", v+"X", t)
	}
	isMain += "return false }"
	push := func(list string) string {
		i := lw.fresh("I")
		return fmt.Sprintf("for %[1]s := len(%[2]s) - 1; %[1]s >= 0; %[1]s-- { %[3]s = append(%[3]s, %[2]s[%[1]s]) }", i, list, stack)
	}
	w := v + "U"
	unwrap := fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { %[4]s = append(%[4]s, %[1]s.Unwrap()); continue }; ", w, lw.asserterFrom(methodIface("Unwrap", nil, errorType), errorType), e, stack) +
		fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { %[4]s; continue }; ", w, lw.asserterFrom(methodIface("Unwrap", nil, types.NewSlice(errorType)), errorType), e, push(w+".Unwrap()")) +
		fmt.Sprintf("if %[1]s(%[2]s) { continue }; if %[3]s := %[4]s.Unwrap(%[2]s); %[3]s != nil { %[5]s = append(%[5]s, %[3]s); continue }; ", isMain, e, w, errorsPkg, stack) +
		fmt.Sprintf("if %[1]s := %[2]s.ValueOf(%[3]s).MethodByName(\"Unwrap\"); %[1]s.IsValid() && %[1]s.Type().NumIn() == 0 && %[1]s.Type().NumOut() == 1 { if %[4]s, ok := %[1]s.Call(nil)[0].Interface().([]error); ok { %[5]s } }",
			v+"M", refl, e, v+"L", push(v+"L"))
	head := ""
	if boxed != "" {
		lw.needBox()
		boxed += fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { %[4]s = append(%[4]s, %[1]s.Unwrap()); continue }; ", w, lw.plainAsserter(methodIface("Unwrap", nil, errorType)), u, stack) +
			fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { %[4]s }; continue", w, lw.plainAsserter(methodIface("Unwrap", nil, types.NewSlice(errorType))), u, push(w+".Unwrap()"))
		boxed = fmt.Sprintf("if %[1]s, ok := %[2]s(%[3]s); ok { %[4]s }; ", u, unboxName, e, boxed)
		if ptr == nil {
			head = fmt.Sprintf("var %[1]s any = %[2]s; if %[3]s, ok := %[4]s(%[2]s); ok { %[1]s = %[3]s }; ", v+"TV", v+"T", u, unboxName)
		}
	}
	if ptr != nil {
		head = lw.asTargetChecks(e+"In", v+"T", ptr, line) + head
	}
	return fmt.Sprintf("func(%[1]s) bool { %[7]s%[2]s := []error{%[3]s}; for len(%[2]s) > 0 { %[4]s := %[2]s[len(%[2]s)-1]; %[2]s = %[2]s[:len(%[2]s)-1]; if %[4]s == nil { continue }; %[8]s%[5]s%[6]s }; return false }",
		params, stack, e+"In", e, match, unwrap, head, boxed)
}

// asTargetChecks returns the checks errors.As, called at line (0: not
// known), makes of its target (named target, of type ptr) once the
// error (named err) is not nil, panicking with Go's messages: a nil pointer, and, known before run time, a type
// that is neither an interface nor an error (a walk would ask a notebook
// error's As about it, where Go panics).
func (lw *lowerer) asTargetChecks(err, target string, ptr *types.Pointer, line int) string {
	raise := func(msg string) string { return "panic(" + strconv.Quote(msg) + ")" }
	if line > 0 {
		// (noted at the call's line: a function calling errors.As at two
		// lines has the line of the one that panicked)
		lw.extraImport(rtName, rt.Path)
		raise = func(msg string) string { return fmt.Sprintf("panic(%s.Panic(%d, %q))", rtName, line, msg) }
	}
	out := fmt.Sprintf("if %s != nil && %s == nil { %s }; ", err, target, raise("errors: target must be a non-nil pointer"))
	if elem := ptr.Elem(); !types.IsInterface(elem) && !types.Implements(elem, errIface) {
		out += fmt.Sprintf("if %s != nil { %s }; ", err, raise("errors: *target must be interface or implement error"))
	}
	return out
}

// sameText returns " && " and a test that v, the value of an error e
// asserted to t, gives e's text, where t is a notebook type whose
// underlying type is not a struct, else "". yaegi v0.16.1 gives such a
// type the reflect type of its underlying type, and its assertions from
// error look at that only: an error of type Other int asserts to type
// ErrCode int too; their Error methods tell them apart (unless they give
// the same text). A panicking Error method fails the test.
func sameText(t types.Type, v, e string) string {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || !types.Implements(n, errIface) {
		return ""
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return ""
	}
	return fmt.Sprintf(" && func() (same bool) { defer func() { _ = recover() }(); return %s.Error() == %s.Error() }()", v, e)
}

// methodIface returns interface{ name(params) result }.
func methodIface(name string, params []types.Type, result types.Type) types.Type {
	var ps []*types.Var
	for _, p := range params {
		ps = append(ps, types.NewParam(token.NoPos, nil, "", p))
	}
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(ps...), types.NewTuple(types.NewParam(token.NoPos, nil, "", result)), false)
	it := types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, name, sig)}, nil)
	it.Complete()
	return it
}

// errorArgBoxer returns the boxer of an argument of type at to a
// compiled function, when it needs one (compiledCall), or "".
func (lw *lowerer) errorArgBoxer(at types.Type) string {
	return lw.errorBoxer(at)
}
