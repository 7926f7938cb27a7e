package executor

import (
	"reflect"
	"sync"
)

// Values of named types whose underlying type is a slice, an array or a
// map (type Vec []float64, type Set map[string]bool) cross inside
// interface values under their names too, where both sides register
// them with RegisterNamedType. An interpreter may give such a type the
// reflect type of its underlying type (yaegi gives type Vec []float64
// the type []float64), which cannot be registered by RegisterTypeAs: every
// []float64 would be a Vec. The value crosses as its underlying value
// under its name, and the receiving side makes the named value again
// with the function it registered (an interpreter's code, whose result
// carries the interpreter's own record of the type).

// namedMakers are the functions registered with RegisterNamedType, by
// name: func(U) any.
var namedMakers sync.Map // name -> reflect.Value

// RegisterNamedType lets values of a named type whose underlying type U
// is a slice, an array or a map, such as type Vec []float64, cross
// inside interface values (a task's any result, an []any) under name:
// make is a func(U) any that returns the value of the type with that
// underlying value. Register the same names in the pool's program and in
// its workers. Where make returns a value of a compiled type of its own
// (the type itself, not U), values of that type are sent under name;
// the receiving side decodes the underlying value and calls its make.
// Inside another composite (a []Vec in an any), a value crosses as its
// underlying type. A type registered under the same name before
// (RegisterTypeAs) of another kind is replaced. It panics if make is not
// a func(U) any of such a U.
func RegisterNamedType(name string, make any) {
	f := reflect.ValueOf(make)
	if name == "" || f.Kind() != reflect.Func || f.IsNil() || f.Type().NumIn() != 1 || f.Type().NumOut() != 1 ||
		f.Type().Out(0) != anyType || f.Type().IsVariadic() {
		panic("executor: RegisterNamedType: a name and a func(U) any are needed")
	}
	u := f.Type().In(0)
	if k := u.Kind(); k != reflect.Slice && k != reflect.Array && k != reflect.Map {
		panic("executor: RegisterNamedType: the underlying type " + u.String() + " is not a slice, an array or a map")
	}
	// A type of another kind registered under the name before
	// (RegisterTypeAs: a notebook's type Vec struct{...} redefined as
	// type Vec []float64) is replaced; a compiled program's own named
	// type of U's kind is kept, as it names its values itself.
	if old, ok := types.Load(name); ok && old.(reflect.Type).Kind() != u.Kind() {
		types.CompareAndDelete(name, old)
		typeNames.CompareAndDelete(old, name)
	}
	namedMakers.Store(name, f)
	// Compiled code: what make returns is of the type itself, named,
	// and of U's kind; an interpreter's values are U's or its wrappers.
	if t := madeType(f, u); t != nil && t != u && t.Kind() == u.Kind() && t.Name() != "" && t.PkgPath() != "" && t.ConvertibleTo(u) {
		if _, ok := types.Load(name); !ok {
			typeNames.Store(t, name)
		}
	}
}

var anyType = reflect.TypeFor[any]()

// namedMaker returns the function registered with RegisterNamedType
// under name, when no type is registered under it.
func namedMaker(name string) (reflect.Value, bool) {
	if _, ok := types.Load(name); ok {
		return reflect.Value{}, false
	}
	m, ok := namedMakers.Load(name)
	if !ok {
		return reflect.Value{}, false
	}
	return m.(reflect.Value), true
}

// makeNamed returns what make (namedMaker's) returns for x, as the value
// an interface holds, or false where it panicked or returned nil.
func makeNamed(make, x reflect.Value) (v reflect.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = reflect.Value{}, false
		}
	}()
	out := make.Call([]reflect.Value{x})[0]
	if out.IsNil() {
		return reflect.Value{}, false
	}
	return out.Elem(), true
}

// A NamedValueResolver is a Resolver that names the values of an
// interpreter's named types that their reflect types do not (yaegi's
// type Vec []float64 is a []float64 to reflection): a worker sends such
// a value, a task's result held in an interface, under the name, as a
// value of a type registered with RegisterNamedType.
type NamedValueResolver interface {
	// NamedValue returns the name ("main.Vec") and the underlying value
	// of v, an interface's dynamic value, when it is of such a type.
	NamedValue(v reflect.Value) (name string, u reflect.Value, ok bool)
}

// appendNamed appends v, a result, when it is an interface holding a
// value that wf's resolver names (NamedValueResolver), and reports
// whether it did.
func (wf *workerFunc) appendNamed(out *frame, v reflect.Value) bool {
	nr, ok := wf.resolver.(NamedValueResolver)
	if !ok || v.Kind() != reflect.Interface || v.IsNil() {
		return false
	}
	name, u, ok := nr.NamedValue(v.Elem())
	if !ok {
		return false
	}
	raw, err := encodeNamed(name, u)
	if err != nil {
		return false
	}
	out.bytes(raw)
	return true
}
