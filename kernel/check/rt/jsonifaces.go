package rt

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// ifaceElems returns v, a slice, array or map of a compiled type whose
// elements are of an interface type ([]any, map[string]any) that no Node
// describes (one an interface held), with each element converted as a
// value of an interface: a cell type's value in it encodes as in Go
// (its MarshalJSON called), where json saw yaegi's struct. Not when
// deeper than maxDepth: json finds the cycle itself.
func (j *jsoner) ifaceElems(v reflect.Value, node *Node) (any, bool) {
	if node != nil || !v.IsValid() || named(v.Type()) || j.depth > maxDepth {
		return nil, false
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
	default:
		return nil, false
	}
	if v.Type().Elem().Kind() != reflect.Interface || (v.Kind() != reflect.Array && v.IsNil()) {
		return nil, false
	}
	j.depth++
	defer func() { j.depth-- }()
	if v.Kind() == reflect.Map {
		m := reflect.MakeMapWithSize(reflect.MapOf(v.Type().Key(), anyType), v.Len())
		for it := v.MapRange(); it.Next(); {
			e := reflect.New(anyType).Elem()
			if c := j.conv(it.Value(), -1); c != nil {
				e.Set(reflect.ValueOf(c))
			}
			m.SetMapIndex(it.Key(), e)
		}
		return m.Interface(), true
	}
	out := make([]any, v.Len())
	for i := range out {
		out[i] = j.conv(v.Index(i), -1)
	}
	return out, true
}

// iface decodes b into v, of a non-empty interface type (Node node) a
// cell declared, as json decodes into one: null makes it nil, a non-nil
// pointer it holds is decoded into, and anything else is json's type
// error naming the interface (kept for the end). yaegi's struct for the
// interface's value made json decode an object into nothing, without an
// error.
func (d *decoder) iface(b []byte, v reflect.Value, node *Node) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, null) {
		v.SetZero()
		return nil
	}
	if h, ok := d.j.p.held(v, node); ok && !nilInterface(h) {
		p, n := d.j.p.dynamic(h, node)
		if p.IsValid() && p.Kind() == reflect.Pointer && !p.IsNil() {
			if n >= 0 {
				return d.decode(b, p, n)
			}
			return d.unmarshal(b, p.Interface())
		}
	}
	kind := "number"
	off := d.offset(b) + int64(len(b))
	if len(b) > 0 {
		switch b[0] {
		case '{':
			kind, off = "object", d.offset(b)+1
		case '[':
			kind, off = "array", d.offset(b)+1
		case '"':
			kind = "string"
		case 't', 'f':
			kind = "bool"
		}
	}
	d.save(&json.UnmarshalTypeError{Value: kind, Type: spelledType{v.Type(), node.Name}, Offset: off})
	return nil
}
