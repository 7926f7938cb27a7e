package rt

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/gofutures/gofutures/internal/typemark"
)

// TypeName returns the package path and name of the type of x, when x is
// an interpreted value of a named type that yaegi v0.16.1 keeps in an
// interface with its type (its valueInterface: values of notebook types
// with methods) or a value of a notebook type declared from one of rt's
// bases (bases.go), and "" otherwise. A value of type Temp (type Temp
// float64) and a float64 have the same reflect type in the interpreter;
// only this tells them apart.
func TypeName(x any) string {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return ""
	}
	if valueInterfaceType(v) == nil {
		n, _ := baseName(v.Type()) // a bare value of a type declared from one of rt's bases
		return n
	}
	t, ok := recordType(v)
	if !ok {
		return ""
	}
	if cat := t.FieldByName("cat"); cat.CanUint() && cat.Uint() == interfaceCat {
		// a value of an interface a cell declared: the type is that of
		// the value it holds
		if inner, ok := heldValue(v); ok && inner.CanInterface() {
			return TypeName(inner.Interface())
		}
		return ""
	}
	return itypeName(t)
}

// recordType returns the interpreter's description of the type (its
// itype, a struct) of yaegi's record v of a value in an interface
// (valueInterface): that of v's node.
func recordType(v reflect.Value) (reflect.Value, bool) {
	n := v.FieldByName("node")
	if n.Kind() != reflect.Pointer || n.IsNil() {
		return reflect.Value{}, false
	}
	t := n.Elem().FieldByName("typ")
	if t.Kind() != reflect.Pointer || t.IsNil() {
		return reflect.Value{}, false
	}
	return t.Elem(), true
}

// itypeName is the name, main.T, of the named type the interpreter's
// description t is of; "" for an unnamed one.
func itypeName(t reflect.Value) string {
	name, path := t.FieldByName("name"), t.FieldByName("path")
	if name.Kind() != reflect.String || path.Kind() != reflect.String || name.String() == "" {
		return ""
	}
	return path.String() + "." + name.String()
}

// Unwrap returns the value x holds when x is yaegi v0.16.1's wrapper of
// an interpreted value in an interface of a compiled package (an error,
// a fmt.Stringer: a struct of the value, IValue, and of its methods), or
// the box a notebook error of a struct type with value receivers goes to
// compiled code in; else x. Interpreted code asserts what it returns to
// notebook types, which the wrapper hides.
func Unwrap(x any) any {
	d := reflect.ValueOf(x)
	if !d.IsValid() {
		return x
	}
	if h, ok := heldBox(d); ok {
		d = h
	}
	if iv, ok := wrapperValue(d); ok {
		if iv.Kind() != reflect.Interface || iv.IsNil() || !iv.CanInterface() {
			return x
		}
		d = iv.Elem()
	}
	if b := unboxError(d); b.IsValid() && b.CanInterface() {
		return b.Interface()
	}
	return x
}

// Wrapped returns the value x holds when x is yaegi v0.16.1's wrapper of
// an interpreted value in an interface of a compiled package, else x:
// interpreted code asserts it to a struct type whose methods come from
// an embedded interface (yaegi refuses that assertion on the interface
// value itself as impossible).
func Wrapped(x any) any {
	d := reflect.ValueOf(x)
	if !d.IsValid() {
		return x
	}
	if iv, ok := wrapperValue(d); ok && iv.Kind() == reflect.Interface && !iv.IsNil() && iv.CanInterface() {
		return iv.Elem().Interface()
	}
	return x
}

// NilBoxed returns the pointer (or value) x holds when x is the
// lowering's box of one (NilBoxTag), or yaegi's wrapper of such a box in
// a compiled interface, or its record of one in an interface a cell
// declared (valueInterface).
func NilBoxed(x any) (any, bool) {
	d := reflect.ValueOf(x)
	if !d.IsValid() {
		return nil, false
	}
	if iv, ok := wrapperValue(d); ok {
		if iv.Kind() != reflect.Interface || iv.IsNil() {
			return nil, false
		}
		d = iv.Elem()
	}
	if h, ok := heldBox(d); ok {
		d = h
	}
	if d.Kind() != reflect.Pointer || d.IsNil() || d.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	t := d.Elem().Type()
	if t.NumField() == 0 {
		return nil, false
	}
	if _, ok := t.Field(0).Tag.Lookup(NilBoxTag); !ok {
		return nil, false
	}
	v := d.Elem().Field(0)
	if v.IsNil() || !v.CanInterface() {
		return nil, false
	}
	return v.Elem().Interface(), true
}

// heldBox returns the box d is or holds, when d is one of the lowering's
// boxes (NilBoxTag), or yaegi's record of one in an interface a cell
// declared (valueInterface).
func heldBox(d reflect.Value) (reflect.Value, bool) {
	h, ok := d, d.IsValid()
	if ok && valueInterfaceType(d) != nil {
		h, ok = heldValue(d)
	}
	for ok && h.IsValid() && h.Kind() == reflect.Interface && !h.IsNil() {
		h = h.Elem()
	}
	if !ok || !h.IsValid() || h.Kind() != reflect.Pointer || h.IsNil() || h.Elem().Kind() != reflect.Struct {
		return d, false
	}
	if t := h.Elem().Type(); t.NumField() == 0 {
		return d, false
	} else if _, box := t.Field(0).Tag.Lookup(NilBoxTag); !box {
		return d, false
	}
	return h, true
}

// Rewrap returns r, yaegi v0.16.1's wrapper of a value of a cell's
// struct type in an interface of a compiled package (fmt.Stringer,
// sort.Interface), holding the struct box holds ([]S{s}): the wrapper
// held the struct's last field that holds something (an int for
// pt{1, 2}), which assertions, type switches and %T read.
func Rewrap(r, box any) any {
	w := reflect.ValueOf(r)
	if !w.IsValid() {
		return r
	}
	iv, ok := wrapperValue(w)
	s := reflect.ValueOf(box)
	if !ok || s.Kind() != reflect.Slice || s.Len() != 1 || !s.Index(0).Type().AssignableTo(iv.Type()) {
		return r
	}
	c := reflect.New(w.Type()).Elem()
	c.Set(w)
	c.Field(0).Set(s.Index(0))
	return c.Interface()
}

// wrapperValue returns the IValue field of d when d is yaegi v0.16.1's
// wrapper of an interpreted value in an interface of a compiled package
// (an error, a fmt.Stringer: a struct of the value and of its methods),
// or rt's key made of such a wrapper (ErrorKey).
func wrapperValue(d reflect.Value) (reflect.Value, bool) {
	if keyTypes[d.Type()] {
		return d.Field(0), true // a map's key (ErrorKey)
	}
	if t := d.Type(); !fromYaegi(t) || t.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	iv := d.FieldByName("IValue")
	return iv, iv.IsValid()
}

// TypeString is fmt's %T of x: "<nil>" for yaegi's wrapper of a nil
// value of an interface a cell declared, which an any holds (its node is
// the interface's, its value a nil interface{}); the struct types
// kernel/check tagged with their names (a struct type declared in a
// function, which the lowering's tables do not know) named as Go names
// them: main.Local, not struct { X int "gofutures:\"Local\"" }.
func TypeString(x any) string {
	v := reflect.ValueOf(x)
	if nilInterface(v) {
		return "<nil>"
	}
	if valueInterfaceType(v) != nil {
		if h, ok := heldValue(v); ok && (!h.IsValid() || h.Kind() == reflect.Interface && h.IsNil()) {
			return "<nil>"
		}
	}
	return typeString(reflect.TypeOf(x))
}

// interfaceCat is yaegi v0.16.1's category of interface types (its
// interfaceT).
const interfaceCat = 18

// heldValue returns the value field of yaegi's valueInterface v (a
// reflect.Value, unexported).
func heldValue(v reflect.Value) (reflect.Value, bool) {
	i := heldIndex(v.Type())
	if i < 0 {
		return reflect.Value{}, false
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return *(*reflect.Value)(unsafe.Pointer(c.Field(i).UnsafeAddr())), true
}

// heldIndexes are the indexes of the field value of yaegi's records of
// values (valueInterface), by type; -1 for a type without one.
var heldIndexes sync.Map

func heldIndex(t reflect.Type) int {
	if i, ok := heldIndexes.Load(t); ok {
		return i.(int)
	}
	i := -1
	if t.Kind() == reflect.Struct {
		if f, ok := t.FieldByName("value"); ok && len(f.Index) == 1 && f.Type == reflect.TypeFor[reflect.Value]() {
			i = f.Index[0]
		}
	}
	heldIndexes.Store(t, i)
	return i
}

// typeString spells t as Go does, the notebook's types by their names.
func typeString(t reflect.Type) string { return typemark.TypeString(t, goTypeName) }

// goTypeName returns what Go calls t when t is one of rt's bases a cell
// declared a type from, or the struct type of a copy of a generic type's
// instance (NameCopy).
func goTypeName(t reflect.Type) (string, bool) {
	if n, ok := baseName(t); ok {
		return n, true
	}
	if n, ok := copyNames.Load(t); ok {
		return n.(string), true
	}
	return "", false
}

// copyNames are, by the struct types yaegi made of kernel/cell/mono's
// copies of instances of the notebook's generic types, what Go calls
// the instances.
var copyNames sync.Map // reflect.Type -> string

// NameCopy records that name (main.Box[int]) is what Go calls the
// instance whose copy (mainꞏBoxꞏint) yaegi made the struct type t of: a
// value of it holds no name of its own (a struct type a cell declares
// is tagged with one, a copy is not: it must stay assignable to yaegi's
// own instance), and %T or a failed assertion named it struct { V int }.
// A struct type without a name spelled as a copy's (struct{ V int }{1}
// beside a Box[int]) is named so too.
func NameCopy(t reflect.Type, name string) {
	if t != nil && t.Kind() == reflect.Struct && t.Name() == "" {
		copyNames.Store(t, name)
	}
}

// NamedComposite returns the name (main.Vec) and the value of x when x
// is yaegi's record of a value of a notebook type whose reflect type is
// its underlying slice, map or array type (type Vec []float64).
func NamedComposite(x any) (string, any, bool) {
	v := reflect.ValueOf(x)
	if !v.IsValid() || valueInterfaceType(v) == nil {
		return "", nil, false
	}
	name := TypeName(x)
	in, ok := heldValue(v)
	if name == "" || !ok || !in.IsValid() || !in.CanInterface() {
		return "", nil, false
	}
	switch in.Kind() {
	case reflect.Slice, reflect.Map, reflect.Array:
		if in.Type().Name() == "" {
			return name, in.Interface(), true
		}
	}
	return "", nil, false
}
