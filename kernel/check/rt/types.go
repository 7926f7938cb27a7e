package rt

import (
	"reflect"
	"strings"
)

// TypeName returns the package path and name of the type of x, when x is
// an interpreted value of a named type that yaegi v0.16.1 keeps in an
// interface with its type (its valueInterface: values of notebook types
// with methods), and "" otherwise. A value of type Temp (type Temp
// float64) and a float64 have the same reflect type in the interpreter;
// only this tells them apart.
func TypeName(x any) string {
	v := reflect.ValueOf(x)
	if !v.IsValid() || v.Kind() != reflect.Struct || v.Type().Name() != "valueInterface" || v.Type().PkgPath() != "github.com/traefik/yaegi/interp" {
		return ""
	}
	n := v.FieldByName("node")
	if n.Kind() != reflect.Pointer || n.IsNil() {
		return ""
	}
	t := n.Elem().FieldByName("typ")
	if t.Kind() != reflect.Pointer || t.IsNil() {
		return ""
	}
	name, path := t.Elem().FieldByName("name"), t.Elem().FieldByName("path")
	if name.Kind() != reflect.String || path.Kind() != reflect.String || name.String() == "" {
		return ""
	}
	return path.String() + "." + name.String()
}

// Unwrap returns the value x holds when x is yaegi v0.16.1's wrapper of
// an interpreted value in an interface of a compiled package (an error,
// a fmt.Stringer: a struct of the value, IValue, and of its methods), or
// the box a notebook error of a struct type with value receivers goes to
// compiled code in; else x. Interpreted code asserts what it returns to
// notebook types, which the wrapper hides.
func Unwrap(x any) any {
	d := reflect.ValueOf(x)
	if !d.IsValid() {
		return x
	}
	if t := d.Type(); strings.HasPrefix(t.PkgPath(), yaegiPath) && t.Kind() == reflect.Struct {
		iv := d.FieldByName("IValue")
		if !iv.IsValid() || iv.Kind() != reflect.Interface || iv.IsNil() || !iv.CanInterface() {
			return x
		}
		d = iv.Elem()
	}
	if b := unboxError(d); b.IsValid() && b.CanInterface() {
		return b.Interface()
	}
	return x
}
