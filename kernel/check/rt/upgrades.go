package rt

import (
	"io"
	"reflect"
	"strings"
)

// A notebook value given to compiled code as an io.Writer reaches it in
// yaegi v0.16.1's wrapper of that interface, a struct of the value
// (IValue) and of funcs calling its methods, with only the interface's
// methods: compiled code that asks for more found none, so
// io.WriteString called Write where the value had WriteString. yaegi
// picks, for a value, the first of the wrappers registered for the
// interface (its MapTypes) whose method names the value has all of;
// WriterStringWriter is one, for a value with a WriteString.

// WriterStringWriter is an io.Writer that is an io.StringWriter. yaegi
// picks a wrapper by its methods' names: a WriteString of another
// signature, which Go's io.StringWriter would not take, arrives as a
// func of that signature (WWriteString holds any func), and WriteString
// then writes through Write, as io.WriteString does for a value without
// one.
type WriterStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WWriteString any
}

// Write calls the value's Write.
func (w WriterStringWriter) Write(p []byte) (int, error) { return w.WWrite(p) }

// WriteString calls the value's WriteString, or its Write when that is
// not io.StringWriter's.
func (w WriterStringWriter) WriteString(s string) (int, error) {
	if f, ok := w.WWriteString.(func(string) (int, error)); ok {
		return f(s)
	}
	return w.WWrite([]byte(s))
}

var _ io.StringWriter = WriterStringWriter{}

// upgradeTypes are the wrappers above, which rt reads as it reads
// yaegi's own (fromYaegi).
var upgradeTypes = map[reflect.Type]bool{
	reflect.TypeFor[WriterStringWriter](): true,
}

// Upgrades returns, by the name of yaegi's wrapper of an interface of
// package io ("_Writer"), the wrappers of more methods for it, most
// methods first.
func Upgrades() map[string][]reflect.Type {
	return map[string][]reflect.Type{
		"_Writer": {reflect.TypeFor[WriterStringWriter]()},
	}
}

// fromYaegi reports whether t is one of the interpreter's own types (its
// wrappers, its valueInterface) or one of the wrappers of Upgrades, which
// rt reads as it reads yaegi's.
func fromYaegi(t reflect.Type) bool {
	return strings.HasPrefix(t.PkgPath(), yaegiPath) || upgradeTypes[t]
}

// IsUpgrade reports whether t is one of the wrappers of Upgrades (the
// snapshot reads them as yaegi's).
func IsUpgrade(t reflect.Type) bool { return upgradeTypes[t] }
