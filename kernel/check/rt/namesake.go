package rt

import (
	"fmt"
	"reflect"
	"strings"
)

// Named types of one underlying type that is not a struct (type Celsius
// float64, type Fahrenheit float64) are one type to reflection in yaegi
// v0.16.1, and to its assertions: the resolver's x.(Celsius) holds for a
// Fahrenheit, and the first of the two it tries wins. (Struct types the
// cells declare are told apart by a tag, kernel/check's typetags.go.)
// What still knows the dynamic type: yaegi's valueInterface, in which an
// "any" holds a value of a type with methods (its node names the type),
// and the wrappers in which an error or a fmt.Stringer holds one, whose
// method fields call the methods of the right type.

// namesake returns the index of the Node of the dynamic type of orig
// (the interface's content as the printer got it), given that the
// resolver took it for Node i and made v of it: i, or a Node of the same
// reflect type that orig's type name or orig's own method tells it is.
func (p *printer) namesake(orig, v reflect.Value, i int) int {
	twins := p.twins(v.Type(), i)
	if len(twins) == 0 {
		return i
	}
	if orig.CanInterface() {
		if name := TypeName(orig.Interface()); name != "" {
			if p.nodes[i].named(name) {
				return i
			}
			for _, j := range twins {
				if p.nodes[j].named(name) {
					return j
				}
			}
			return i
		}
	}
	want, method, ok := wrapperMethod(orig)
	if !ok {
		return i
	}
	for _, j := range append([]int{i}, twins...) {
		if got, ok := callMethod(p.nodes[j].methodNamed(method), v); ok && got == want {
			return j
		}
	}
	return i
}

// twins returns the Nodes other than i of types whose methods take a
// receiver of reflect type t: the types yaegi cannot tell from i's.
func (p *printer) twins(t reflect.Type, i int) []int {
	var out []int
	for j := range p.nodes {
		if j != i && !p.nodes[j].Iface && p.nodes[j].receiver() == t {
			out = append(out, j)
		}
	}
	return out
}

// receiver returns the reflect type of the receiver of n's methods, nil
// when n has none of those the printer calls.
func (n *Node) receiver() reflect.Type {
	for _, f := range []any{n.String, n.Error, n.GoString, n.Format} {
		if f != nil {
			if t := reflect.TypeOf(f); t.Kind() == reflect.Func && t.NumIn() > 0 {
				return t.In(0)
			}
		}
	}
	return nil
}

// methodNamed returns n's String or Error method.
func (n *Node) methodNamed(name string) any {
	if name == "Error" {
		return n.Error
	}
	return n.String
}

// wrapperMethod calls the method of yaegi's wrapper d of an error or a
// fmt.Stringer (a struct of the value, IValue, and of its methods as
// functions, WError, WString): the result, the method's name, and
// whether d is such a wrapper.
func wrapperMethod(d reflect.Value) (string, string, bool) {
	if d.Kind() != reflect.Struct {
		return "", "", false
	}
	for _, m := range []string{"Error", "String"} {
		f := d.FieldByName("W" + m)
		if f.IsValid() && !f.IsNil() && f.Type() == reflect.TypeFor[func() string]() && f.CanInterface() {
			out, ok := callString(func() string { return f.Interface().(func() string)() })
			return out, m, ok
		}
	}
	return "", "", false
}

// callMethod calls a Node's method f (func(T) (string, any)) on v: its
// result, and false when it panicked or cannot take v.
func callMethod(f any, v reflect.Value) (string, bool) {
	if f == nil {
		return "", false
	}
	fv := reflect.ValueOf(f)
	if fv.Type().NumIn() != 1 || fv.Type().In(0) != v.Type() || fv.Type().NumOut() != 2 {
		return "", false
	}
	out := fv.Call([]reflect.Value{v})
	if !out[1].IsNil() || out[0].Kind() != reflect.String {
		return "", false
	}
	return out[0].String(), true
}

// callString calls f, false when it panicked.
func callString(f func() string) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return f(), true
}

// wrapperAsIs returns yaegi's wrapper orig of an error or a fmt.Stringer,
// to print as it is where the resolver made nothing of what it holds
// (n < 0) and fmt calls the method for p's verb: the wrapper's method
// calls the right type's, while what the wrapper holds (IValue) is, for
// a struct, the struct's last field that holds something (2 for
// Point{1, 2}). Not below an unexported field (ro), where fmt calls no
// methods.
func (p *printer) wrapperAsIs(orig reflect.Value, n int, ro bool) (reflect.Value, bool) {
	if n >= 0 || ro || p.erroring || p.sharpV || !strings.ContainsRune("vsqxX", p.verb) {
		return orig, false
	}
	if !orig.IsValid() || orig.Kind() != reflect.Struct || !fromYaegi(orig.Type()) || !orig.CanInterface() {
		return orig, false
	}
	for _, m := range []string{"WError", "WString"} {
		if f := orig.FieldByName(m); f.IsValid() && f.Kind() == reflect.Func && !f.IsNil() {
			switch orig.Interface().(type) {
			case error, fmt.Stringer:
				return orig, true
			}
		}
	}
	return orig, false
}

// named reports whether the type of n is the one the interpreter calls
// name (TypeName).
func (n *Node) named(name string) bool {
	return n.Name == name || n.Interp != "" && n.Interp == name
}
