package check

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// What the asserters (ifaces.go) need besides assertions: telling a
// notebook type over a basic type from that type, and returning a value
// as a compiled interface.

// exactGuard is the condition that makes an assertion of x (an "any")
// to t exact where yaegi v0.16.1 is not: a notebook type with methods
// that is not a struct (type Temp float64) has its underlying type's
// reflect type, so that a float64 asserts to Temp and a Temp to float64.
// Only the interpreter's own wrapper of a Temp in an interface tells
// them apart (rt.TypeName).
func (lw *lowerer) exactGuard(t types.Type, x string) string {
	if n, ok := t.(*types.Named); ok {
		if !sharesReflectType(n) {
			return ""
		}
		lw.extraImport(rtName, rt.Path)
		return fmt.Sprintf(" && %s.TypeName(%s) == %q", rtName, x, "main."+n.Obj().Name())
	}
	if !lw.sharedUnderlying(t) {
		return ""
	}
	lw.extraImport(rtName, rt.Path)
	return fmt.Sprintf(" && %s.TypeName(%s) == \"\"", rtName, x)
}

// sharedUnderlying reports whether t, not a named type, is the
// underlying type of a notebook type that sharesReflectType: an
// assertion to t, or a type switch's case of it, holds for that type's
// values too in yaegi v0.16.1 (a main.RGB asserts to [3]uint8).
func (lw *lowerer) sharedUnderlying(t types.Type) bool {
	if _, ok := t.(*types.Named); ok || t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Interface, *types.Pointer:
		return false
	}
	lw.typeSetUses++
	for _, name := range lw.pkg.Scope().Names() {
		tn, ok := lw.pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || generatedName(name) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && sharesReflectType(n) && types.Identical(n.Underlying(), t) {
			return true
		}
	}
	return false
}

// sharesReflectType reports whether n is a notebook type whose values
// yaegi v0.16.1 keeps in interfaces as values of its underlying type,
// told apart only by its wrapper: not a struct, pointer or interface,
// with methods (the lowering's own, markedNamed's, too), not generic,
// not declared from one of rt's bases (past the bases of its kind, one
// is yaegi's again).
func sharesReflectType(n *types.Named) bool {
	if _, ok := plainCellType(n); !ok {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface, *types.Pointer:
		return false
	}
	if based(n) {
		return false // declared from one of rt's bases
	}
	return types.NewMethodSet(n).Len() > 0 || markedNamed(n)
}

// returnAs returns v, a value of a notebook type, as the interface t
// and true. To a compiled interface it is converted in a variable first:
// converted in the return statement, its methods read the caller's frame
// in yaegi v0.16.1 (see convs.go). A value of type from that goes to t
// in a box (boxTarget, or to error errorBoxer) is returned in it.
func (lw *lowerer) returnAs(v string, from, t types.Type) string {
	if boxTarget(from, t) {
		if b := lw.nilBoxerTo(from, t); b != "" {
			return fmt.Sprintf("return %s(%s), true", b, v)
		}
	}
	if nonEmptyIface(t) == nil || interpretedIface(t) {
		return "return " + v + ", true"
	}
	if types.Identical(t, errorType) {
		if b := lw.errorBoxer(from); b != "" {
			// as var e error = v boxes it: unboxed, yaegi's wrapper
			// of the value asserted to error hid its type from
			// errors.As, %T and assertions (r.(error) of an any
			// holding a notebook error)
			return fmt.Sprintf("return %s(%s), true", b, v)
		}
	}
	r := lw.fresh("R")
	if structToCompiled(from, t) {
		// yaegi's wrapper holds the struct's last field: given the
		// struct (as convTo does), %T and assertions of the result see it
		lw.extraImport(rtName, rt.Path)
		return fmt.Sprintf("var %[1]s %[2]s = %[3]s; return %[4]s.Rewrap(%[1]s, []%[5]s{%[3]s}).(%[2]s), true", r, lw.typ(t), v, rtName, lw.typ(from))
	}
	return fmt.Sprintf("var %[1]s %[2]s = %[3]s; return %[1]s, true", r, lw.typ(t), v)
}

// typeArgsTight writes the type arguments in a type's name as the
// runtime does (main.Pair[string,int], where go/types writes
// Pair[string, int]): no space after a comma inside brackets.
func typeArgsTight(name string) string {
	var b strings.Builder
	var open []byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch c {
		case '[', '(', '{':
			open = append(open, c)
		case ']', ')', '}':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case ' ':
			if i > 0 && name[i-1] == ',' && len(open) > 0 && open[len(open)-1] == '[' {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// wrappedGuard is exactGuard of t for x (of an interface type), asserted
// to t as v, for a value that may have come through yaegi's wrapper of a
// notebook error for compiled code (an error variable's value): that
// wrapper holds the value as its underlying type, and only the text of
// its Error tells a Code from an Other (type Code int, type Other int).
func (lw *lowerer) wrappedGuard(t types.Type, x, v string) string {
	g := lw.exactGuard(t, x)
	n, ok := t.(*types.Named)
	if g == "" || !ok || !sharesReflectType(n) || !types.Implements(n, errIface) {
		return g
	}
	return fmt.Sprintf(" && (%[1]s.TypeName(%[2]s) == %[3]q || %[1]s.TypeName(%[2]s) == \"\" && func() (same bool) { defer func() { _ = recover() }(); e, isErr := %[2]s.(error); return isErr && e.Error() == %[4]s.Error() }())",
		rtName, x, "main."+n.Obj().Name(), v)
}
