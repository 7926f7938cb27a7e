package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// cellIfaceToCompiled reports whether a value of type t going to dst is
// a value of an interface a cell declares going to a compiled package's
// interface with methods (a Named embedding fmt.Stringer given to a
// fmt.Stringer): yaegi v0.16.1's conversion made a view of the variable
// converted (var x fmt.Stringer = n; n = other changed x), and an
// explicit one (fmt.Stringer(n)) panicked, "reflect.Set: value of type
// interp.valueInterface is not assignable to type fmt.Stringer"; given
// the value in a function's parameter, it converts that.
func cellIfaceToCompiled(t, dst types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !isCellNamed(n) || n.TypeArgs().Len() > 0 || !types.IsInterface(n) {
		return false
	}
	d, ok := types.Unalias(dst).(*types.Named)
	if !ok || isCellNamed(d) {
		return false
	}
	it, ok := d.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// dynamicCases returns a type switch on c, a value of a cell's interface
// it going to an error, that returns the value it holds as its own
// notebook type (boxed as convTo boxes one): yaegi v0.16.1's error made
// of the interface's value held the interface's wrapper, and err.(nf),
// errors.As and errors.Is did not find the notebook type in it. "" when
// no notebook type implements it (or one cannot be spelled).
func (lw *lowerer) dynamicCases(c string, it *types.Interface) string {
	v := lw.fresh("V")
	var b strings.Builder
	for _, t := range lw.fmtCands(it) {
		ts := lw.typ(t)
		if !spellable(ts) {
			return ""
		}
		ret := v
		if box := lw.errorBoxer(t); box != "" {
			ret = box + "(" + v + ")"
		}
		fmt.Fprintf(&b, "case %s: return %s; ", ts, ret)
	}
	if b.Len() == 0 {
		return ""
	}
	return "switch " + v + " := " + c + ".(type) { " + b.String() + "}; "
}

// heldCases returns a type switch on c, a value of a cell's interface it
// going to dst, a compiled package's interface with methods (io.Writer,
// fmt.Stringer), with a case for each notebook type the value may hold
// that yaegi v0.16.1 converts wrongly from the interface, the case
// converting the value as its own type:
//   - a struct: the wrapper held the struct's last field (%T named it,
//     assertions and type switches back to the struct failed), so the
//     case gives it the struct (rt.Rewrap);
//   - a pointer getting one of dst's methods from a field it embeds (type
//     W struct{ *memLog }, whose Write is memLog's): the method's receiver
//     was made by walking the embedding path from yaegi's record of the
//     interface value, not from the struct, and the call panicked,
//     "reflect.Value.Interface: cannot return value obtained from
//     unexported field or method".
//
// "" when no such type implements it (or one cannot be spelled).
func (lw *lowerer) heldCases(c string, it *types.Interface, dst types.Type) string {
	di, ok := dst.Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	v := lw.fresh("V")
	var b strings.Builder
	for _, t := range lw.fmtCands(it) {
		_, isStruct := t.Underlying().(*types.Struct)
		if !isStruct && !promotesCellMethod(t, di) {
			continue
		}
		ts, ds := lw.typ(t), lw.typ(dst)
		if !spellable(ts) {
			return ""
		}
		if isStruct {
			r := lw.fresh("R")
			fmt.Fprintf(&b, "case %[1]s: var %[2]s %[3]s = %[4]s; return %[5]s.Rewrap(%[2]s, []%[1]s{%[4]s}).(%[3]s); ", ts, r, ds, v, rtName)
			lw.extraImport(rtName, rt.Path)
		} else {
			fmt.Fprintf(&b, "case %s: return %s; ", ts, v)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "switch " + v + " := " + c + ".(type) { " + b.String() + "}; "
}

// promotesCellMethod reports whether one of di's methods is, for t, a
// method a cell declared reached through an embedded field.
func promotesCellMethod(t types.Type, di *types.Interface) bool {
	ms := types.NewMethodSet(t)
	for i := range di.NumMethods() {
		m := di.Method(i)
		sel := ms.Lookup(m.Pkg(), m.Name())
		if sel == nil || len(sel.Index()) < 2 {
			continue
		}
		if f, ok := sel.Obj().(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == "main" {
			return true
		}
	}
	return false
}

// ifaceCallArg returns the texts around e, the argument of a function
// literal's parameter of t, a cell's interface: its conversion to t when
// e is a call returning a cell's interface (get() of a func get() SI),
// so that yaegi v0.16.1 makes one record of the value (the call's result
// given as the argument it put in a second record, of the parameter's
// type, around the first, ifaceparams.go: converted on to a compiled
// interface it panicked, a nil pointer dereference or "method not found:
// String").
func (lw *lowerer) ifaceCallArg(e ast.Expr, t types.Type) (open, close string) {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || lw.info.Types[c.Fun].IsType() || !cellIface(lw.info.TypeOf(c)) || !cellIface(t) || !spellable(lw.typ(t)) {
		return "", ""
	}
	return lw.typ(t) + "(", ")"
}
