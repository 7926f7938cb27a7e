package rt

import (
	"encoding/binary"
	"io"
	"reflect"

	"github.com/gofutures/gofutures/internal/typemark"
)

// BinaryRead is binary.Read(r, order, data) for data holding structs a
// cell declared with blank fields (padding: _ [3]byte): Go's Read skips
// the bytes of a blank field and leaves it as it was, and yaegi v0.16.1's
// struct names such a field X_ (or kernel/check's _ꞏ1), which Read sets.
// The blank fields get their values from before the read back.
func BinaryRead(r io.Reader, order binary.ByteOrder, data any) error {
	v := reflect.ValueOf(data)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	} else if v.Kind() != reflect.Slice {
		return binary.Read(r, order, data)
	}
	if !hasBlank(v.Type(), 0) {
		return binary.Read(r, order, data)
	}
	old := deepCopy(v)
	err := binary.Read(r, order, data)
	restoreBlanks(v, old)
	return err
}

// hasBlank reports whether t holds a struct with a blank field.
func hasBlank(t reflect.Type, depth int) bool {
	if depth > 16 {
		return false
	}
	switch t.Kind() {
	case reflect.Array, reflect.Slice:
		return hasBlank(t.Elem(), depth+1)
	case reflect.Struct:
		for i := range t.NumField() {
			if typemark.FieldName(t, i) == "_" || hasBlank(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// deepCopy returns a copy of v that shares no slice's elements with it.
func deepCopy(v reflect.Value) reflect.Value {
	c := reflect.New(v.Type()).Elem()
	if v.Kind() == reflect.Slice {
		c.Set(reflect.MakeSlice(v.Type(), v.Len(), v.Len()))
		reflect.Copy(c, v)
		return c
	}
	c.Set(v)
	return c
}

// restoreBlanks sets the blank fields of the structs in v to those in
// old, a copy of v before binary.Read.
func restoreBlanks(v, old reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := range min(v.Len(), old.Len()) {
			restoreBlanks(v.Index(i), old.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if typemark.FieldName(t, i) == "_" {
				setField(v.Field(i), old.Field(i))
			} else {
				restoreBlanks(v.Field(i), old.Field(i))
			}
		}
	}
}

// setField sets f, a field yaegi declared (exported to reflection), to
// the value of o.
func setField(f, o reflect.Value) {
	if f.CanSet() {
		f.Set(o)
	}
}
