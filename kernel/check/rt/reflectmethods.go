package rt

import (
	"reflect"
	"sort"
)

// The methods of the notebook's types, to reflection: yaegi v0.16.1's
// types have none (reflect.TypeOf(p).NumMethod() was 0). The lowering
// sends the reflect.Type and reflect.Value whose methods that list or
// find methods a cell calls through MethodsType and MethodsValue, with a
// Table that lists the exported methods of the notebook's types
// (rt.Method, as for templates).

// MethodsType is a reflect.Type whose NumMethod, Method, MethodByName
// and Implements answer for the notebook's types as Go does.
type MethodsType struct {
	reflect.Type
	ms *methodSets
}

// TypeMethods returns t as a MethodsType, the methods of the notebook's
// types those tbl lists.
func TypeMethods(t reflect.Type, tbl *Table) MethodsType {
	return MethodsType{Type: t, ms: newMethodSets(tbl)}
}

// cell returns the exported methods of t's method set, sorted by name,
// when t is a notebook type (or a pointer to one) that has methods.
func (t MethodsType) cell() ([]Method, bool) {
	if t.ms == nil || t.Type == nil {
		return nil, false
	}
	base, ptr := t.Type, false
	if base.Kind() == reflect.Pointer {
		base, ptr = base.Elem(), true
	}
	set, ok := t.ms.byType[base]
	if !ok {
		return nil, false
	}
	var out []Method
	for _, m := range set {
		if ptr || !m.Ptr {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, true
}

// NumMethod is the number of exported methods in the type's method set.
func (t MethodsType) NumMethod() int {
	if list, ok := t.cell(); ok {
		return len(list)
	}
	return t.Type.NumMethod()
}

// Method is the i'th method of the type's method set, sorted by name,
// its Func a function of the receiver and the parameters.
func (t MethodsType) Method(i int) reflect.Method {
	list, ok := t.cell()
	if !ok {
		return t.Type.Method(i)
	}
	if i < 0 || i >= len(list) {
		panic("reflect: Method index out of range")
	}
	return methodOf(t.Type, list[i], i)
}

// MethodByName is the method of the name in the type's method set.
func (t MethodsType) MethodByName(name string) (reflect.Method, bool) {
	list, ok := t.cell()
	if !ok {
		return t.Type.MethodByName(name)
	}
	for i, m := range list {
		if m.Name == name {
			return methodOf(t.Type, m, i), true
		}
	}
	return reflect.Method{}, false
}

// Implements reports whether the type implements the interface type u:
// for a notebook type, whether its method set has each of u's methods,
// of the same signature.
func (t MethodsType) Implements(u reflect.Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != reflect.Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	list, ok := t.cell()
	if !ok {
		return t.Type.Implements(u)
	}
	for j := range u.NumMethod() {
		um := u.Method(j)
		found := false
		for _, m := range list {
			if m.Name == um.Name && boundType(m) == um.Type {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// methodOf is reflect's Method of m, the i'th of the method set of recv.
func methodOf(recv reflect.Type, m Method, i int) reflect.Method {
	ft := reflect.TypeOf(m.Func)
	in := []reflect.Type{recv}
	for j := 1; j < ft.NumIn(); j++ {
		in = append(in, ft.In(j))
	}
	mt := reflect.FuncOf(in, results(ft), ft.IsVariadic())
	fn := reflect.MakeFunc(mt, func(args []reflect.Value) []reflect.Value {
		return callMethodFunc(m, args[0], args[1:], ft.IsVariadic())
	})
	return reflect.Method{Name: m.Name, Type: mt, Func: fn, Index: i}
}

// results are the results of a method's function, without the last
// (what it panicked with).
func results(ft reflect.Type) []reflect.Type {
	var out []reflect.Type
	for j := 0; j < ft.NumOut()-1; j++ {
		out = append(out, ft.Out(j))
	}
	return out
}

// boundType is the type of m bound to a receiver.
func boundType(m Method) reflect.Type {
	ft := reflect.TypeOf(m.Func)
	var in []reflect.Type
	for j := 1; j < ft.NumIn(); j++ {
		in = append(in, ft.In(j))
	}
	return reflect.FuncOf(in, results(ft), ft.IsVariadic())
}

// callMethodFunc calls m of the receiver recv (a T or a *T) with args
// (the variadic ones in a slice when variadic) and returns its results;
// what the method panicked with it panics with.
func callMethodFunc(m Method, recv reflect.Value, args []reflect.Value, variadic bool) []reflect.Value {
	if !m.Ptr && recv.Kind() == reflect.Pointer {
		recv = recv.Elem()
	}
	fn := reflect.ValueOf(m.Func)
	in := append([]reflect.Value{recv}, args...)
	var out []reflect.Value
	if variadic {
		out = fn.CallSlice(in)
	} else {
		out = fn.Call(in)
	}
	if p := out[len(out)-1]; !p.IsNil() {
		panic(p.Interface())
	}
	return out[:len(out)-1]
}

// MethodsValue is a reflect.Value whose NumMethod, Method and
// MethodByName answer for the notebook's types as Go does.
type MethodsValue struct {
	reflect.Value
	ms *methodSets
}

// ValueMethods returns v as a MethodsValue, the methods of the
// notebook's types those tbl lists.
func ValueMethods(v reflect.Value, tbl *Table) MethodsValue {
	return MethodsValue{Value: v, ms: newMethodSets(tbl)}
}

func (v MethodsValue) typ() MethodsType {
	if !v.IsValid() {
		return MethodsType{}
	}
	return MethodsType{Type: v.Type(), ms: v.ms}
}

// NumMethod is the number of exported methods in the value's method set.
func (v MethodsValue) NumMethod() int {
	if list, ok := v.typ().cell(); ok {
		return len(list)
	}
	return v.Value.NumMethod()
}

// Method is the value's i'th method bound to it.
func (v MethodsValue) Method(i int) reflect.Value {
	list, ok := v.typ().cell()
	if !ok {
		return v.Value.Method(i)
	}
	if i < 0 || i >= len(list) {
		panic("reflect: Method index out of range")
	}
	return bound(v.Value, list[i])
}

// MethodByName is the value's method of the name bound to it; the zero
// Value if none.
func (v MethodsValue) MethodByName(name string) reflect.Value {
	list, ok := v.typ().cell()
	if !ok {
		return v.Value.MethodByName(name)
	}
	for _, m := range list {
		if m.Name == name {
			return bound(v.Value, m)
		}
	}
	return reflect.Value{}
}

// bound is m of the receiver recv, as a function of the parameters.
func bound(recv reflect.Value, m Method) reflect.Value {
	bt := boundType(m)
	return reflect.MakeFunc(bt, func(args []reflect.Value) []reflect.Value {
		return callMethodFunc(m, recv, args, bt.IsVariadic())
	})
}

// TypeOf is reflect.TypeOf(x): of the value yaegi v0.16.1's wrapper
// holds, for a value of a cell type that a function's variable of an
// interface type gave (reflect saw interp.valueInterface).
func TypeOf(x any) reflect.Type {
	v := ValueOf(x)
	if !v.IsValid() {
		return nil
	}
	return v.Type()
}

// ValueOf is reflect.ValueOf(x), of the value yaegi's wrapper holds, as
// TypeOf.
func ValueOf(x any) reflect.Value {
	v := reflect.ValueOf(x)
	if v.IsValid() && valueInterfaceType(v) != nil {
		if h, ok := heldValue(v); ok {
			if h.Kind() == reflect.Interface {
				h = h.Elem()
			}
			return h
		}
	}
	return v
}
