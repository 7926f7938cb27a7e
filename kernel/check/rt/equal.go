package rt

import (
	"reflect"

	goruntime "github.com/gofutures/gofutures/kernel/check/rt/goruntime"
)

// equalHeld is x == y for what EqualAs found x and y hold. A struct or an
// array whose fields or elements are interfaces may hold yaegi's wrappers
// of values of interfaces declared in cells (a struct{ L, R Node }), each
// a record with a pointer of its own, which == never finds equal: those
// are compared by what they hold, the rest as == compares it.
func equalHeld(x, y any) bool {
	a, b := reflect.ValueOf(x), reflect.ValueOf(y)
	mustCompare(a, b)
	return equalValues(a, b)
}

// mustCompare panics as Go's runtime does comparing a and b, the values
// two interfaces hold, when they are of one type that is not comparable:
// naming that type (main.Named), where comparing field by field named
// the field's ([]string).
func mustCompare(a, b reflect.Value) {
	if !a.IsValid() || !b.IsValid() || a.Type() != b.Type() || a.Type().Comparable() {
		return
	}
	if k := a.Kind(); k == reflect.Struct || k == reflect.Array {
		if a.CanInterface() {
			panic(goruntime.NewUncomparableError(TypeString(a.Interface())))
		}
	}
}

func equalValues(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	if valueInterfaceType(a) != nil && a.CanInterface() && b.CanInterface() {
		return EqualAs(a.Interface(), "", b.Interface(), "")
	}
	switch a.Kind() {
	case reflect.Struct:
		t := a.Type()
		for i := range t.NumField() {
			if t.Field(i).Name == "_" {
				continue // Go's == leaves out blank fields
			}
			if !equalValues(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range a.Len() {
			if !equalValues(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() && b.IsNil()
		}
		mustCompare(a.Elem(), b.Elem())
		return equalValues(a.Elem(), b.Elem())
	}
	if !a.Type().Comparable() && a.CanInterface() && b.CanInterface() {
		return a.Interface() == b.Interface() // Go's runtime error
	}
	return a.Equal(b)
}
