package rt

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"slices"
	"strings"
	"text/template"
)

var (
	reflectValueType = reflect.TypeFor[reflect.Value]()
	errorType        = reflect.TypeFor[error]()
)

// function returns the function a rewritten template calls for the
// field name: of the receiver (as text/template passes a reflect.Value:
// as it is, addressable where the template's value is) and of the
// method's parameters, when the methods of that name (list) agree on
// them, so that text/template converts the arguments as for the method;
// of reflect.Values otherwise. It returns a reflect.Value and an error.
func (ms *methodSets) function(name string, list []Method, missing int) any {
	if ps, v, ok := sameParams(list); ok {
		return ms.makeFunction(name, append([]reflect.Type{reflectValueType}, ps...), v, missing)
	}
	return ms.anyFunction(name, missing)
}

// anyFunction returns the function, of the receiver and of any number
// of reflect.Values, a rewritten template calls for the field name.
func (ms *methodSets) anyFunction(name string, missing int) any {
	return ms.makeFunction(name, []reflect.Type{reflectValueType, reflect.TypeFor[[]reflect.Value]()}, true, missing)
}

// makeFunction returns function's function of the parameters in.
func (ms *methodSets) makeFunction(name string, in []reflect.Type, variadic bool, missing int) any {
	ft := reflect.FuncOf(in, []reflect.Type{reflectValueType, errorType}, variadic)
	return reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		recv := args[0].Interface().(reflect.Value)
		rest := args[1:]
		if variadic {
			last := rest[len(rest)-1]
			rest = rest[:len(rest)-1]
			for i := range last.Len() {
				e := last.Index(i)
				if e.Type() == reflectValueType {
					e = e.Interface().(reflect.Value)
				}
				rest = append(rest, e)
			}
		}
		v, err := ms.field(recv, name, rest, missing)
		ev := reflect.Zero(errorType)
		if err != nil {
			ev = reflect.ValueOf(&err).Elem()
		}
		return []reflect.Value{reflect.ValueOf(v), ev}
	}).Interface()
}

// sameParams returns the parameters, after the receiver, of the methods'
// functions when they all have the same.
func sameParams(list []Method) ([]reflect.Type, bool, bool) {
	var ps []reflect.Type
	var variadic bool
	for i, m := range list {
		ft := reflect.TypeOf(m.Func)
		var qs []reflect.Type
		for j := 1; j < ft.NumIn(); j++ {
			qs = append(qs, ft.In(j))
		}
		if i == 0 {
			ps, variadic = qs, ft.IsVariadic()
			continue
		}
		if ft.IsVariadic() != variadic || len(qs) != len(ps) {
			return nil, false, false
		}
		for j := range qs {
			if qs[j] != ps[j] {
				return nil, false, false
			}
		}
	}
	return ps, variadic, true
}

// internalError is an error text/template itself would give.
func internalError(format string, args ...any) error {
	return errors.New(internalMark + fmt.Sprintf(format, args...))
}

// indirect is text/template's: through pointers and interfaces to the
// value, or to the nil one met.
func indirect(v reflect.Value) (reflect.Value, bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// field is text/template's evaluation of the field name of recv, with
// the arguments args (converted by the template), when a cell type's
// method of that name may be meant: the method of recv's cell type, or
// what text/template does, with the template's option missingkey
// (missing: missingDefault, missingZero, missingError).
func (ms *methodSets) field(recv reflect.Value, name string, args []reflect.Value, missing int) (reflect.Value, error) {
	if !recv.IsValid() {
		return reflect.Value{}, nil
	}
	typ := recv.Type()
	r, isNil := indirect(recv)
	if r.Kind() == reflect.Interface && isNil {
		return reflect.Value{}, internalError("nil pointer evaluating %s.%s", typ, name)
	}
	if valueInterfaceType(r) != nil { // yaegi's value of a cell type in an interface
		h, ok := heldValue(r)
		if !ok || !h.IsValid() {
			return reflect.Value{}, internalError("nil pointer evaluating %s.%s", typ, name)
		}
		if r, isNil = indirect(h); r.Kind() == reflect.Interface && isNil {
			return reflect.Value{}, internalError("nil pointer evaluating %s.%s", typ, name)
		}
	}
	base := r.Type()
	if r.Kind() == reflect.Pointer {
		base = base.Elem() // a nil pointer
	}
	if m, ok := ms.byType[base][name]; ok {
		var rv reflect.Value
		switch {
		case r.Kind() == reflect.Pointer && !m.Ptr:
			n := ms.names[base]
			return reflect.Value{}, fmt.Errorf("value method %s.%s called using nil *%s pointer", n, name, n[strings.LastIndex(n, ".")+1:])
		case r.Kind() == reflect.Pointer || !m.Ptr:
			rv = r
		case r.CanAddr():
			rv = r.Addr()
		}
		if rv.IsValid() {
			return callCellMethod(m, rv, args)
		}
	}
	ptr := r
	if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	if method := ptr.MethodByName(name); method.IsValid() {
		return callCompiled(method, name, args)
	}
	hasArgs := len(args) > 0
	switch r.Kind() {
	case reflect.Struct:
		if sf, ok := (Type{Type: r.Type()}).FieldByName(name); ok { // promoted fields of a cell's struct too
			f, err := r.FieldByIndexErr(sf.Index)
			if !sf.IsExported() {
				return reflect.Value{}, internalError("%s is an unexported field of struct type %s", name, typ)
			}
			if err != nil {
				return reflect.Value{}, internalError("%v", err)
			}
			if hasArgs {
				return reflect.Value{}, internalError("%s has arguments but cannot be invoked as function", name)
			}
			return f, nil
		}
		if ev, ok, err := ms.embeddedHolder(r, name); ok || err != nil {
			if err != nil {
				return reflect.Value{}, err
			}
			return ms.field(ev, name, args, missing)
		}
	case reflect.Map:
		key := reflect.ValueOf(name)
		if key.Type().AssignableTo(r.Type().Key()) {
			if hasArgs {
				return reflect.Value{}, internalError("%s is not a method but has arguments", name)
			}
			v := r.MapIndex(key)
			if !v.IsValid() {
				switch missing {
				case missingZero:
					v = reflect.Zero(r.Type().Elem())
				case missingError:
					return reflect.Value{}, internalError("map has no entry for key %q", name)
				}
			}
			return v, nil
		}
	case reflect.Pointer:
		if et := r.Type().Elem(); et.Kind() == reflect.Struct {
			if _, ok := et.FieldByName(name); !ok {
				break
			}
		}
		if isNil {
			return reflect.Value{}, internalError("nil pointer evaluating %s.%s", typ, name)
		}
	}
	return reflect.Value{}, internalError("can't evaluate field %s in type %s", name, typ)
}

// The template's option missingkey: its value's default, missingkey=zero,
// missingkey=error.
const (
	missingDefault = iota
	missingZero
	missingError
)

// missingKey returns the option missingkey of the text/template or
// html/template t: text/template has no method that tells it.
func missingKey(t any) int {
	v := reflect.ValueOf(t)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return missingDefault
	}
	v = v.Elem()
	if _, ok := t.(*htmltemplate.Template); ok {
		v = v.FieldByName("text")
		if v.Kind() != reflect.Pointer || v.IsNil() {
			return missingDefault
		}
		v = v.Elem()
	}
	if o := v.FieldByName("option"); o.Kind() == reflect.Struct {
		if k := o.FieldByName("missingKey"); k.CanInt() {
			switch k.Int() {
			case 1:
				return missingZero
			case 2:
				return missingError
			}
		}
	}
	return missingDefault
}

// callCellMethod calls the cell type's method m of the receiver rv.
func callCellMethod(m Method, rv reflect.Value, args []reflect.Value) (reflect.Value, error) {
	fn := reflect.ValueOf(m.Func)
	ft := fn.Type()
	nres := ft.NumOut() - 1 // the last is what the method panicked with
	switch {
	case nres == 1:
	case nres == 2 && ft.Out(1) == errorType:
	case nres == 2:
		return reflect.Value{}, internalError("invalid function signature for %s: second return value should be error; is %s", m.Name, ft.Out(1))
	default:
		return reflect.Value{}, internalError("function %s has %d return values; should be 1 or 2", m.Name, nres)
	}
	if n := ft.NumIn() - 1; !ft.IsVariadic() && len(args) != n {
		return reflect.Value{}, internalError("wrong number of args for %s: want %d got %d", m.Name, n, len(args))
	} else if ft.IsVariadic() && len(args) < n-1 {
		return reflect.Value{}, internalError("wrong number of args for %s: want at least %d got %d", m.Name, n-1, len(args))
	}
	in := append([]reflect.Value{rv}, args...)
	for i := 1; i < len(in); i++ {
		pt := paramType(ft, i)
		a := in[i]
		if !a.IsValid() {
			if !canBeNil(pt) {
				return reflect.Value{}, internalError("invalid value; expected %s", pt)
			}
			a = reflect.Zero(pt)
		}
		if !a.Type().AssignableTo(pt) {
			if !convertible(a, pt) {
				return reflect.Value{}, internalError("wrong type for value; expected %s; got %s", pt, a.Type())
			}
			a = a.Convert(pt)
		}
		in[i] = a
	}
	out := fn.Call(in)
	if p := out[nres]; !p.IsNil() {
		r := recoveredValue(p.Interface()) // a runtime error as Go's
		if e, ok := r.(error); ok {
			return reflect.Value{}, e
		}
		return reflect.Value{}, fmt.Errorf("%v", r)
	}
	if nres == 2 && !out[1].IsNil() {
		return out[0], out[1].Interface().(error)
	}
	return out[0], nil
}

// callCompiled calls the method of a compiled type, as text/template
// does, with arguments converted for another signature where they can
// be assigned.
func callCompiled(method reflect.Value, name string, args []reflect.Value) (v reflect.Value, err error) {
	ft := method.Type()
	switch n := ft.NumOut(); {
	case n == 1:
	case n == 2 && ft.Out(1) == errorType:
	case n == 2:
		return reflect.Value{}, internalError("invalid function signature for %s: second return value should be error; is %s", name, ft.Out(1))
	default:
		return reflect.Value{}, internalError("function %s has %d return values; should be 1 or 2", name, n)
	}
	if !ft.IsVariadic() && len(args) != ft.NumIn() {
		return reflect.Value{}, internalError("wrong number of args for %s: want %d got %d", name, ft.NumIn(), len(args))
	}
	for i, a := range args {
		pt := paramType(ft, i)
		if a.Kind() == reflect.Struct && a.Type() == reflectValueType {
			a = a.Interface().(reflect.Value)
		}
		if !a.IsValid() || !a.Type().AssignableTo(pt) {
			return reflect.Value{}, internalError("wrong type for value; expected %s; got %s", pt, a.Type())
		}
		args[i] = a
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	out := method.Call(args)
	if len(out) == 2 && !out[1].IsNil() {
		return out[0], out[1].Interface().(error)
	}
	return out[0], nil
}

// paramType is the type of function type ft's i'th argument.
func paramType(ft reflect.Type, i int) reflect.Type {
	if ft.IsVariadic() && i >= ft.NumIn()-1 {
		return ft.In(ft.NumIn() - 1).Elem()
	}
	return ft.In(i)
}

// rewordError returns err, of a template's execution, with the text msg.
func rewordError(err error, msg string) error {
	var ee template.ExecError
	if errors.As(err, &ee) {
		return template.ExecError{Name: ee.Name, Err: errors.New(msg)}
	}
	return errors.New(msg)
}

// canBeNil is text/template's: whether a nil argument becomes a zero
// value of t.
func canBeNil(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	}
	return false
}

// convertible reports whether the argument a, which the template gave
// as an empty interface's value (a constant: an int, a float64, a
// string), converts to the parameter type pt as the template would have
// converted the constant: numbers to numbers, strings to strings.
func convertible(a reflect.Value, pt reflect.Type) bool {
	num := func(k reflect.Kind) bool {
		return k >= reflect.Int && k <= reflect.Float64
	}
	switch {
	case num(a.Kind()) && num(pt.Kind()):
		return a.CanConvert(pt)
	case a.Kind() == reflect.String && pt.Kind() == reflect.String, a.Kind() == reflect.Bool && pt.Kind() == reflect.Bool:
		return true
	}
	return false
}

// embeddedHolder returns the embedded field of the struct r that
// promotes name, a field or method, when r's type is a struct type
// without a name a cell spelled (struct{ N; L int }): yaegi's struct
// types do not mark embedded fields, and reflection found none. It is
// the one embedded field whose type has name (Go: the shallowest, if
// only one is that shallow), a method of a pointer receiver only if the
// field is a pointer or addressable; an error when that field is a nil
// pointer, as reflect's.
func (ms *methodSets) embeddedHolder(r reflect.Value, name string) (reflect.Value, bool, error) {
	node, ok := ms.structNode(r.Type())
	if !ok {
		return reflect.Value{}, false, nil
	}
	var holder reflect.Value
	var holderName string
	found := 0
	for _, k := range node.Embedded {
		ev := r.Field(k)
		et := ev.Type()
		if et.Kind() == reflect.Pointer {
			et = et.Elem()
		}
		if !ms.typeHas(et, name, ev.Kind() == reflect.Pointer || ev.CanAddr()) {
			continue
		}
		found++
		holder, holderName = ev, node.Fields[k]
	}
	if found != 1 {
		return reflect.Value{}, false, nil
	}
	if holder.Kind() == reflect.Pointer && holder.IsNil() {
		if _, isField := (Type{Type: holder.Type().Elem()}).FieldByName(name); isField {
			return reflect.Value{}, false, internalError("reflect: indirection through nil pointer to embedded struct field %s", holderName)
		}
	}
	return holder, true, nil
}

// structNode returns the Node of t, a struct type without a name that a
// cell spelled: the Node of a struct type, not named, whose fields have
// t's names, in order; none if several such Nodes embed other fields.
func (ms *methodSets) structNode(t reflect.Type) (Node, bool) {
	if t.Kind() != reflect.Struct || t.Name() != "" {
		return Node{}, false
	}
	var found *Node
	for i := range ms.tbl.Nodes {
		n := &ms.tbl.Nodes[i]
		if !strings.HasPrefix(n.Name, "struct {") || len(n.Embedded) == 0 || len(n.Fields) != t.NumField() {
			continue
		}
		same := true
		for k, f := range n.Fields {
			same = same && t.Field(k).Name == f
		}
		if !same {
			continue
		}
		if found != nil && !slices.Equal(found.Embedded, n.Embedded) {
			return Node{}, false
		}
		found = n
	}
	if found == nil {
		return Node{}, false
	}
	for _, k := range found.Embedded {
		if k < 0 || k >= len(found.Fields) {
			return Node{}, false
		}
	}
	return *found, true
}

// typeHas reports whether values of the type t have a field or method
// name: a cell type's method, a compiled type's, or a field, promoted
// ones included; a method of *t only if ptr.
func (ms *methodSets) typeHas(t reflect.Type, name string, ptr bool) bool {
	if m, ok := ms.byType[t][name]; ok && (ptr || !m.Ptr) {
		return true
	}
	mt := t
	if ptr {
		mt = reflect.PointerTo(t)
	}
	if _, ok := mt.MethodByName(name); ok {
		return true
	}
	if _, ok := (Type{Type: t}).FieldByName(name); ok {
		return true
	}
	if node, ok := ms.structNode(t); ok {
		for _, k := range node.Embedded {
			et := t.Field(k).Type
			if et.Kind() == reflect.Pointer {
				et, ptr = et.Elem(), true
			}
			if et != t && ms.typeHas(et, name, ptr) {
				return true
			}
		}
	}
	return false
}
