package rt

import "reflect"

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
