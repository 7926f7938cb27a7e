// Package typemark knows the field the cells' lowering adds to struct
// types declared without fields. yaegi v0.16.1 makes every struct type a
// cell declares with reflect.StructOf, so type Dog struct{} and type Cat
// struct{} would be one type; kernel/check tags the first field of each
// struct type with its name, and gives a type without fields one to tag:
// _ any, always nil, which yaegi names X_. Whatever reads such values by
// reflection (printing, encoding, sending to another process) leaves the
// field out, as the Go program has none.
package typemark

import "reflect"

// Key is the key of the struct tag that names a struct type declared in
// a cell: `gofutures:"Dog"`.
const Key = "gofutures"

// IsMarker reports whether sf is the field the lowering gives a struct
// type declared without fields.
func IsMarker(sf reflect.StructField) bool {
	return sf.Name == "X_" && sf.Type.Kind() == reflect.Interface && sf.Type.NumMethod() == 0 && sf.Tag.Get(Key) != ""
}

// Fields returns the number of t's fields that the Go program declared:
// t.NumField(), less the marker (t must be a struct type).
func Fields(t reflect.Type) int {
	if t.NumField() == 1 && IsMarker(t.Field(0)) {
		return 0
	}
	return t.NumField()
}
