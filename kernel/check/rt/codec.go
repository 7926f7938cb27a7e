package rt

import (
	"iter"
	"reflect"
	"slices"

	"github.com/gofutures/gofutures/internal/typemark"
)

// What the helpers of encoding packages (json.go, xml.go) share: the
// argument taken out of its box, the Nodes whose values they convert, the
// fields of a cell's struct, and the calls of a cell type's methods.

// boxed returns the value box holds ([]T{x}), not addressable (as an
// encoder's argument) unless of an interface type.
func boxed(box any) reflect.Value {
	v := reflect.ValueOf(box).Index(0)
	if v.Kind() != reflect.Interface && v.CanInterface() {
		v = reflect.ValueOf(v.Interface())
	}
	return v
}

// needSet tells which Nodes of a table an encoding package sees wrongly
// in yaegi: those own reports, and those that hold one of them.
type needSet struct {
	nodes []Node
	own   func(*Node) bool
	memo  map[int]bool
}

// needs reports whether a value of Node n must be converted.
func (s *needSet) needs(n int) bool {
	if n < 0 || n >= len(s.nodes) {
		return false
	}
	if v, ok := s.memo[n]; ok {
		return v
	}
	if s.memo == nil {
		s.memo = map[int]bool{}
	}
	s.memo[n] = true // a recursive type: assume so while looking
	r := s.own(&s.nodes[n])
	for _, e := range s.nodes[n].Elems {
		r = r || s.needs(e)
	}
	s.memo[n] = r
	return r
}

// cellField is one field of a struct a cell declared.
type cellField struct {
	sf       reflect.StructField // as yaegi made it
	name     string              // as declared
	node     int                 // its type's Node, -1 for none
	val      reflect.Value
	index    int
	embedded bool
}

// cellFields lists the fields of v, a struct of Node node, but yaegi's
// marker field.
func cellFields(v reflect.Value, node *Node) iter.Seq[cellField] {
	return func(yield func(cellField) bool) {
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if typemark.IsMarker(sf) {
				continue
			}
			f := cellField{sf: sf, name: sf.Name, node: -1, val: v.Field(i), index: i, embedded: sf.Anonymous || slices.Contains(node.Embedded, i)}
			if i < len(node.Fields) {
				f.name = node.Fields[i]
			}
			if i < len(node.Elems) {
				f.node = node.Elems[i]
			}
			if !yield(f) {
				return
			}
		}
	}
}

// unboxedField is f, a field of a struct of Node node, with the value
// the lowering holds in an interface{} taken out (Node.FieldZeros), for
// an encoder: its value and type are Go's.
func unboxedField(f cellField, node *Node) cellField {
	if node == nil || f.index >= len(node.FieldZeros) || node.FieldZeros[f.index] == nil {
		return f
	}
	if v := node.unboxed(f.val, f.index); v.IsValid() {
		f.val, f.sf.Type = v, v.Type()
	}
	return f
}

// invoke calls f, a Table's function of a cell type's method, with
// args: its last result, what the method panicked with, is panicked with
// again here (noted: NotedCarried); the others are returned.
func invoke(f any, args ...reflect.Value) []reflect.Value {
	from := frameCount()
	out := reflect.ValueOf(f).Call(args)
	if p := out[len(out)-1]; !p.IsNil() {
		noteCarried(p.Interface(), from)
		panic(p.Interface())
	}
	return out[:len(out)-1]
}

// errorOf is the error v holds, nil if none.
func errorOf(v reflect.Value) error {
	err, _ := v.Interface().(error)
	return err
}
