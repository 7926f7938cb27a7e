package rt

import (
	"reflect"
	"sync"

	"github.com/gofutures/gofutures/internal/typemark"
	goruntime "github.com/gofutures/gofutures/kernel/check/rt/goruntime"
)

// mapKeys holds, for each value of a cell's type used as a key of a map
// keyed by an interface a cell declares, the first interface value made
// of it (yaegi's record of the value, its valueInterface): MapKey.
var mapKeys sync.Map

type mapKeyID struct {
	typ uintptr // the interpreter's type of the value (its *itype)
	v   any     // the value
}

// MapKey makes *p, a value of an interface a cell declares (or an any)
// that is a map's key, the first such value made of an equal value of
// its type.
// yaegi v0.16.1 keeps such a value as its own record (a struct of the
// node the value was converted at and of a reflect.Value of where the
// value is), which a map compares field by field: equal values made at
// two places, or at one place twice, were different keys. Values that
// are not comparable are left as they are (the map panics, as Go's).
func MapKey(p any) {
	pv := reflect.ValueOf(p)
	if pv.Kind() != reflect.Pointer || pv.IsNil() {
		return
	}
	slot := pv.Elem()
	v := slot
	if v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem() // an any's: the record it holds, if any
	}
	if v.CanInterface() && slot.Kind() == reflect.Interface {
		// a compiled interface's wrapper (any(err)): the key is what it
		// holds, where that tells its type (a type Name string's stays
		// unhashable)
		u := reflect.ValueOf(unwrapTyped(v.Interface()))
		switch {
		case !u.IsValid():
		case valueInterfaceType(u) != nil:
			slot.Set(u)
			v = u
		case u.Type() != v.Type() && slot.NumMethod() == 0:
			if _, based := baseName(u.Type()); based {
				slot.Set(u) // a value of a type declared from a base: see below
				return
			}
		}
	}
	if valueInterfaceType(v) == nil && v.CanInterface() && slot.Kind() == reflect.Interface && v.Comparable() {
		if k := v.Kind(); k == reflect.Struct || k == reflect.Array {
			// a struct held bare (an any's): the interfaces it holds made
			// their first values, in a copy
			slot.Set(heldKey(v))
		}
		return
	}
	if valueInterfaceType(v) == nil || !v.CanInterface() {
		return
	}
	// the innermost record: a value converted from one interface to
	// another is a record of a record
	rec := v
	var h reflect.Value
	for range 8 {
		var ok bool
		if h, ok = heldValue(rec); !ok || !h.IsValid() {
			return
		}
		if valueInterfaceType(h) == nil {
			break
		}
		rec = h
	}
	if h.IsValid() && h.CanInterface() && !h.Type().Comparable() {
		// a func, map or slice (or a struct of one) of a notebook type:
		// Go's runtime cannot hash it (yaegi hashed its record)
		name := typemark.GoName(TypeName(v.Interface()))
		if name == "" {
			name = TypeString(h.Interface())
		}
		panic(goruntime.NewUnhashableError(name))
	}
	if !h.CanInterface() || valueInterfaceType(h) != nil {
		return
	}
	if _, ok := baseName(h.Type()); ok && slot.Kind() == reflect.Interface && slot.NumMethod() == 0 {
		// a value of a type declared from one of rt's bases (bases.go),
		// of its own reflect type: as it is, it is the key an any holding
		// it bare is (one made before its type had methods)
		slot.Set(h)
		return
	}
	n := rec.FieldByName("node")
	if n.Kind() != reflect.Pointer || n.IsNil() {
		return
	}
	t := n.Elem().FieldByName("typ")
	if t.Kind() != reflect.Pointer || t.IsNil() {
		return
	}
	id := mapKeyID{t.Pointer(), heldKey(h).Interface()} // (a struct's interfaces: their first values)
	if c, loaded := mapKeys.LoadOrStore(id, v.Interface()); loaded {
		slot.Set(reflect.ValueOf(c))
	}
}
