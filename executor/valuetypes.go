package executor

import (
	"fmt"
	"reflect"
	"sync"
	"time"

	"github.com/gofutures/gofutures/internal/typemark"
)

// The dynamic types of interface values cross as type descriptors: the
// predeclared types by kind, unnamed composite types by their structure,
// and named types by the name they were registered under.

// Type descriptors, for the dynamic types of interface values.
const (
	tagNil    byte = 0
	tagKind   byte = 1   // a predeclared type: its reflect.Kind follows
	tagSlice  byte = 'S' // element type
	tagArray  byte = 'A' // length, element type
	tagMap    byte = 'M' // key type, element type
	tagPtr    byte = 'P' // element type
	tagStruct byte = 'T' // field count, per field: name, embedded (byte), type
	tagNamed  byte = 'N' // a registered named type: its name
	tagError  byte = 'E' // an error of a type that cannot cross: its text (no value follows)
)

// types are the named types values of interface type may hold, by name:
// a type's name and the types of its structure do not say which named
// type it is on the other side, so named types cross by name, and both
// sides must know them (see RegisterType).
var types sync.Map // name -> reflect.Type

var typeNames sync.Map // reflect.Type -> name

// RegisterType lets values of the type of v cross to and from worker
// processes inside interface values (an any, an []any): a value of a
// named type (other than the predeclared ones) that is not registered
// crosses as its structure, and arrives as a value of the unnamed type of
// that structure. Register the same types in the pool's program and in its
// workers. time.Time, time.Duration, time.Month and time.Weekday are
// registered. A value of an unnamed slice, map or array type
// ([]float64, map[string]int) registers nothing: its values cross as their structure, which both
// sides know (an interpreter gives a named slice type, type Vec
// []float64, the reflect type []float64, which a compiled worker would
// not know by that name: see RegisterNamedType).
func RegisterType(v any) {
	t := reflect.TypeOf(v)
	if t == nil {
		panic("executor: RegisterType(nil)")
	}
	if k := t.Kind(); t.Name() == "" && (k == reflect.Slice || k == reflect.Map || k == reflect.Array) {
		return
	}
	name := t.String()
	if t.PkgPath() != "" {
		name = t.PkgPath() + "." + t.Name()
	}
	types.Store(name, t)
	typeNames.Store(t, name)
}

// RegisterTypeAs is RegisterType under a name of the caller's: for types
// that have no name of their own to reflection, as the gofutures kernel's
// interpreter registers the types declared in cells ("main.Point"),
// which its compiled workers register as RegisterType does.
//
// A predeclared type is not registered. A type registered under the
// same name before, also with RegisterErrorType, is replaced. Where two names are registered
// for one type (an interpreter may give two types of the same structure
// one reflect.Type), values of it cross as their structure again, and
// arrive as values of that type under either name.
func RegisterTypeAs(name string, v any) {
	t := reflect.TypeOf(v)
	if t == nil || name == "" {
		panic("executor: RegisterTypeAs: a name and a non-nil value are needed")
	}
	if predeclared(t) {
		return
	}
	if old, ok := types.Load(name); ok && old.(reflect.Type) != t {
		typeNames.CompareAndDelete(old, name) // redefined
	}
	errorMakers.Delete(name) // an error type of the name before (RegisterErrorType)
	namedMakers.Delete(name) // a named slice, array or map type of the name before (RegisterNamedType)
	types.Store(name, t)
	if other, ok := typeNames.Load(t); ok && other != name {
		if ot, ok := types.Load(other); ok && ot.(reflect.Type) == t {
			ambiguous.Store(t, true)
		}
	}
	if _, amb := ambiguous.Load(t); amb {
		typeNames.Delete(t)
		return
	}
	typeNames.Store(t, name)
}

// ambiguous are the types registered under two names (RegisterTypeAs).
var ambiguous sync.Map // reflect.Type -> true

func init() {
	for _, v := range []any{time.Time{}, time.Duration(0), time.Month(1), time.Weekday(0), (*RemoteError)(nil)} {
		RegisterType(v)
	}
}

var remoteErrorType = reflect.TypeFor[*RemoteError]()

// predeclared reports whether t is a predeclared type (int, string, ...).
func predeclared(t reflect.Type) bool {
	return t.PkgPath() == "" && t.Name() != "" && t.Name() == t.Kind().String()
}

// typ appends the descriptor of t.
func (e *encoder) typ(t reflect.Type, depth int) error {
	if depth > 100 {
		return fmt.Errorf("type %s nests too deeply", t)
	}
	if name, ok := typeNames.Load(t); ok {
		e.b = append(e.b, tagNamed)
		n := name.(string)
		e.uint(uint64(len(n)))
		e.b = append(e.b, n...)
		return nil
	}
	if predeclared(t) && t.Kind() != reflect.Interface {
		e.b = append(e.b, tagKind, byte(t.Kind()))
		return nil
	}
	switch t.Kind() {
	case reflect.Slice:
		e.b = append(e.b, tagSlice)
		return e.typ(t.Elem(), depth+1)
	case reflect.Array:
		e.b = append(e.b, tagArray)
		e.uint(uint64(t.Len()))
		return e.typ(t.Elem(), depth+1)
	case reflect.Map:
		e.b = append(e.b, tagMap)
		if err := e.typ(t.Key(), depth+1); err != nil {
			return err
		}
		return e.typ(t.Elem(), depth+1)
	case reflect.Pointer:
		e.b = append(e.b, tagPtr)
		return e.typ(t.Elem(), depth+1)
	case reflect.Struct:
		e.b = append(e.b, tagStruct)
		// (a cell's struct type declared without fields has one, which
		// the type sent leaves out: the Go program's type has none)
		e.uint(uint64(typemark.Fields(t)))
		for i := range typemark.Fields(t) {
			sf := t.Field(i)
			if !sf.IsExported() {
				return fmt.Errorf("a %s in an interface value cannot be sent to another process: it has unexported fields and its type is not registered (executor.RegisterType)", t)
			}
			e.uint(uint64(len(sf.Name)))
			e.b = append(e.b, sf.Name...)
			if sf.Anonymous {
				e.b = append(e.b, 1)
			} else {
				e.b = append(e.b, 0)
			}
			if err := e.typ(sf.Type, depth+1); err != nil {
				return err
			}
		}
		return nil
	case reflect.Interface:
		if t.NumMethod() == 0 {
			e.b = append(e.b, tagKind, byte(reflect.Interface))
			return nil
		}
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		// A named type that is not registered: its underlying type.
		e.b = append(e.b, tagKind, byte(t.Kind()))
		return nil
	}
	return fmt.Errorf("a %s cannot be sent to another process inside an interface value", t)
}

// typ reads a type descriptor.
// maxArrayBytes bounds the size of an array type a message may name: a
// received value is allocated whole before it is decoded.
const maxArrayBytes = 1 << 28

func (d *decoder) typ(depth int) reflect.Type {
	if depth > 100 {
		d.failf("type descriptor nests too deeply")
		return nil
	}
	var t reflect.Type
	defer func() {
		if r := recover(); r != nil { // reflect refused the type
			d.failf("bad type descriptor: %v", r)
			t = nil
		}
	}()
	switch d.byte() {
	case tagKind:
		k := reflect.Kind(d.byte())
		t = kindTypes[k]
		if t == nil {
			d.failf("bad kind %d", k)
		}
	case tagSlice:
		if e := d.typ(depth + 1); e != nil {
			t = reflect.SliceOf(e)
		}
	case tagArray:
		n := d.uint()
		if e := d.typ(depth + 1); e != nil {
			if n > 1<<20 {
				d.failf("array too long")
				return nil
			}
			if n > 0 && e.Size() > maxArrayBytes/uintptr(n) {
				// (arrays of arrays: each within bounds, the whole not)
				d.failf("array too large")
				return nil
			}
			t = reflect.ArrayOf(int(n), e)
		}
	case tagMap:
		k := d.typ(depth + 1)
		e := d.typ(depth + 1)
		if k != nil && e != nil {
			if !k.Comparable() {
				d.failf("bad map key %s", k)
				return nil
			}
			t = reflect.MapOf(k, e)
		}
	case tagPtr:
		if e := d.typ(depth + 1); e != nil {
			t = reflect.PointerTo(e)
		}
	case tagStruct:
		n := d.count()
		fs := make([]reflect.StructField, 0, n)
		for range n {
			name := d.string()
			emb := d.byte() == 1
			ft := d.typ(depth + 1)
			if d.err != nil {
				return nil
			}
			fs = append(fs, reflect.StructField{Name: name, Type: ft, Anonymous: emb})
		}
		if d.err == nil {
			t = reflect.StructOf(fs)
		}
	case tagNamed:
		name := d.string()
		if nt, ok := types.Load(name); ok {
			t = nt.(reflect.Type)
		} else if make, ok := namedMaker(name); ok {
			t = make.Type().In(0) // made again from its underlying value
			if depth == 0 {
				d.made = make
			}
		} else if d.err == nil {
			d.failf("type %s is not registered in this process (executor.RegisterType, RegisterNamedType)", name)
		}
	default:
		d.fail()
	}
	if d.err != nil {
		return nil
	}
	return t
}

var kindTypes = map[reflect.Kind]reflect.Type{}

func init() {
	for _, v := range []any{false, 0, int8(0), int16(0), int32(0), int64(0), uint(0), uint8(0), uint16(0), uint32(0),
		uint64(0), uintptr(0), float32(0), float64(0), complex64(0), complex128(0), ""} {
		kindTypes[reflect.TypeOf(v).Kind()] = reflect.TypeOf(v)
	}
	kindTypes[reflect.Interface] = reflect.TypeFor[any]()
}
