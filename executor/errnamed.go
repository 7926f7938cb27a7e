package executor

import (
	"reflect"
	"sync"
)

// Errors of named types whose underlying type is not a struct (type
// ErrCode int) cross in the error chains of tasks under a name too, where
// both sides register them with RegisterErrorType. An interpreter may
// give such a type the reflect type of its underlying type (yaegi gives
// type ErrCode int the type int), which cannot say which named type a
// value is: the value crosses as its underlying value under its name, and
// the pool's program makes the error again with the function it
// registered, code of its own that makes a value of its own type.

// errorMakers are the functions registered with RegisterErrorType, by
// name: func(U) error.
var errorMakers sync.Map // name -> reflect.Value

// errorTypeNames are the types registered with RegisterErrorType that
// have a reflect type of their own (compiled code), with their names.
var errorTypeNames sync.Map // reflect.Type -> name

// RegisterErrorType lets errors of a named type whose underlying type U
// is not a struct, such as type ErrCode int, cross in the error chains of
// tasks (see RemoteError) under name: make is a func(U) error that
// returns the error of the type with that underlying value. In the pool's
// program, errors.As to the type finds the error make returned for the
// worker's value. Register the same names in the pool's program and in
// its workers; a worker finds values of a compiled type by their reflect
// type, and values of an interpreter's type as its ErrorResolver returns
// them (ErrorValue returning a NamedValue). A type registered under
// the same name before (RegisterTypeAs) is replaced. It panics if make is not a
// func(U) error of such a U.
func RegisterErrorType(name string, make any) {
	f := reflect.ValueOf(make)
	if name == "" || f.Kind() != reflect.Func || f.IsNil() || f.Type().NumIn() != 1 || f.Type().NumOut() != 1 ||
		f.Type().Out(0) != errorType || f.Type().IsVariadic() {
		panic("executor: RegisterErrorType: a name and a func(U) error are needed")
	}
	u := f.Type().In(0)
	if k := u.Kind(); k == reflect.Struct || k == reflect.Interface {
		panic("executor: RegisterErrorType: the underlying type " + u.String() + " is a struct or an interface (use RegisterType)")
	}
	if old, ok := types.Load(name); ok { // a type of the name before (RegisterTypeAs)
		types.CompareAndDelete(name, old)
		typeNames.CompareAndDelete(old, name)
	}
	errorMakers.Store(name, f)
	// Compiled code: the dynamic type of what make returns is the type
	// itself, of U's kind; an interpreter's wrappers are not.
	if t := madeType(f, u); t != nil && t.Kind() == u.Kind() && t.Name() != "" && t.PkgPath() != "" && t.ConvertibleTo(u) {
		errorTypeNames.Store(t, name)
	}
}

// madeType returns the dynamic type of what f (a func(U) error or
// func(U) any) makes of U's zero value, or nil.
func madeType(f reflect.Value, u reflect.Type) (t reflect.Type) {
	defer func() {
		if recover() != nil {
			t = nil
		}
	}()
	out := f.Call([]reflect.Value{reflect.Zero(u)})[0]
	if out.IsNil() {
		return nil
	}
	return out.Elem().Type()
}

// A NamedValue is a value of an error's chain as an ErrorResolver
// returns it for a type registered with RegisterErrorType: the name the
// type is registered under and the error's underlying value (of the
// type U of the function registered).
type NamedValue struct {
	Name  string
	Value any
}

// namedChainValue returns the name and the underlying value of v when
// it crosses under a name (see RegisterErrorType).
func namedChainValue(v any) (name string, u reflect.Value, ok bool) {
	if nv, isNamed := v.(NamedValue); isNamed {
		if nv.Name == "" || nv.Value == nil {
			return "", reflect.Value{}, false
		}
		return nv.Name, reflect.ValueOf(nv.Value), true
	}
	t := reflect.TypeOf(v)
	if t == nil {
		return "", reflect.Value{}, false
	}
	n, found := errorTypeNames.Load(t)
	if !found {
		return "", reflect.Value{}, false
	}
	f, found := errorMakers.Load(n)
	if !found {
		return "", reflect.Value{}, false
	}
	return n.(string), reflect.ValueOf(v).Convert(f.(reflect.Value).Type().In(0)), true
}

// encodeNamed encodes u under name as an interface value of a
// registered named type: the name, then the value.
func encodeNamed(name string, u reflect.Value) ([]byte, error) {
	enc := encoder{}
	enc.b = append(enc.b, tagNamed)
	enc.uint(uint64(len(name)))
	enc.b = append(enc.b, name...)
	if err := enc.value(u, 1); err != nil {
		return nil, err
	}
	return enc.b, nil
}

// decodeNamedError decodes raw, an interface value, into the error the
// function registered under its type's name makes of it (see
// RegisterErrorType); ok is false where raw is no value of such a name.
func decodeNamedError(raw []byte) (e error, ok bool) {
	defer func() {
		if recover() != nil { // a panicking make
			e, ok = nil, false
		}
	}()
	d := decoder{fields: fields{b: raw}}
	if d.byte() != tagNamed {
		return nil, false
	}
	name := d.string()
	if d.err != nil {
		return nil, false
	}
	m, found := errorMakers.Load(name)
	if !found {
		return nil, false
	}
	f := m.(reflect.Value)
	u := reflect.New(f.Type().In(0)).Elem()
	d.value(u, 1)
	if d.err != nil || len(d.b) != 0 {
		return nil, false
	}
	out := f.Call([]reflect.Value{u})[0]
	if out.IsNil() {
		return nil, false
	}
	return out.Interface().(error), true
}
