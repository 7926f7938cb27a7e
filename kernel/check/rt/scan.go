package rt

import (
	"fmt"
	"reflect"
)

// ScanFunc is a fmt.Scanner that is a function: the Scan method of a
// value of a cell type, bound to the value, which fmt's scanning
// functions do not see on the interpreter's value of the type in
// yaegi v0.16.1 (they scanned a Celsius float64 as a float64).
type ScanFunc func(st fmt.ScanState, verb rune) error

// Scan calls f.
func (f ScanFunc) Scan(st fmt.ScanState, verb rune) error { return f(st, verb) }

// ScanArg returns what fmt's scanning functions are to scan into for
// x, an operand of an interface type (an any): the value x holds when
// it is yaegi v0.16.1's record of a value in an interface
// (valueInterface), which it makes of a pointer to a notebook type with
// methods and which fmt took for a struct ("type not a pointer:
// interp.valueInterface"); else x. The lowering first hands a pointer
// to a notebook type with a Scan method as a ScanFunc (kernel/check's
// scanargs.go), held in such a record too.
func ScanArg(x any) any {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return x
	}
	for valueInterfaceType(v) != nil {
		h, ok := heldValue(v)
		if !ok || !h.IsValid() {
			return x
		}
		if h.Kind() == reflect.Interface {
			if h.IsNil() {
				return x
			}
			h = h.Elem()
		}
		v = h
	}
	if !v.CanInterface() {
		return x
	}
	return v.Interface()
}

// ScanArgs is ScanArg of each of xs, in a new slice.
func ScanArgs(xs []any) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = ScanArg(x)
	}
	return out
}
