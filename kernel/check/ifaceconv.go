package check

import (
	"fmt"
	"go/types"
	"strings"
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
