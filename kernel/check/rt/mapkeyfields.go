package rt

import (
	"reflect"
	"unsafe"
)

// MapKeyFields makes each value of an interface that *p holds (a
// struct's fields, an array's elements, nested) the first such value
// made of an equal value of its type (MapKey), so that a struct or an
// array holding values of cells' types in interfaces is one map key for
// equal values, as in Go: yaegi v0.16.1 hashed its records of the values
// (a node and a reflect.Value of where each value is), which differ for
// equal values made at two places, or at one place twice.
func MapKeyFields(p any) {
	pv := reflect.ValueOf(p)
	if pv.Kind() != reflect.Pointer || pv.IsNil() {
		return
	}
	keyFields(pv.Elem(), 0)
}

// keyFields passes the interfaces v, an addressable value, holds to
// MapKey; it goes 8 levels of structs and arrays deep.
func keyFields(v reflect.Value, depth int) {
	if depth > 8 || !v.CanAddr() {
		return
	}
	if !v.CanInterface() {
		// an unexported field: the same place, read and set through a
		// pointer of its own
		v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
	}
	switch {
	case v.Kind() == reflect.Interface || valueInterfaceType(v) != nil:
		MapKey(v.Addr().Interface())
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			keyFields(v.Field(i), depth+1)
		}
	case v.Kind() == reflect.Array:
		for i := range v.Len() {
			keyFields(v.Index(i), depth+1)
		}
	}
}

// heldKey returns h, a value an interface holds, with the interfaces it
// holds made their first values (keyFields) in a copy, when it is a
// struct or an array; else h.
func heldKey(h reflect.Value) reflect.Value {
	if k := h.Kind(); k != reflect.Struct && k != reflect.Array {
		return h
	}
	c := reflect.New(h.Type()).Elem()
	c.Set(h)
	keyFields(c, 0)
	return c
}
