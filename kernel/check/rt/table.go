package rt

import (
	"fmt"
	"reflect"
	"strconv"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/internal/table"
)

// display.Table reads its rows by reflection, which sees the fields of a
// cell's struct type as yaegi v0.16.1 names them (Xsecret for secret,
// embedded structs as plain fields) and its values without their String
// methods. The lowering hands it, in place of rows whose type involves a
// cell's types, DisplayTable of them: the same table, laid out with the
// Nodes of their type.

// DisplayTable returns the bundle display.Table makes, in a Go program,
// of the only element of box (a slice of length one, of the rows' static
// type, which t describes).
func DisplayTable(box any, t *Table) display.Bundle {
	return displayTable(reflect.ValueOf(box).Index(0), t)
}

// DisplayTableAny is DisplayTable of rows of an interface type, given as
// they are.
func DisplayTableAny(x any, t *Table) display.Bundle {
	return displayTable(reflect.ValueOf(&x).Elem(), t)
}

func displayTable(v reflect.Value, t *Table) display.Bundle {
	p := &printer{verb: 'v', nodes: t.Nodes, resolve: t.Resolve}
	orig := v
	v, n := p.deref(v, 0)
	var elemNode, keyNode int
	switch {
	case !v.IsValid() && orig.Kind() == reflect.Pointer:
		return display.ErrorBundle(fmt.Errorf("display.Table: table: rows are a nil %s; want a slice, an array or a map", p.typeName(orig, p.node(0))))
	case !v.IsValid():
		return display.Table(nil) // (its error)
	case v.Kind() == reflect.Map:
		keyNode, elemNode = elem(p.node(n), 0), elem(p.node(n), 1)
	case v.Kind() == reflect.Slice || v.Kind() == reflect.Array:
		elemNode = elem(p.node(n), 0)
	default:
		return display.ErrorBundle(fmt.Errorf("display.Table: table: rows of type %s; want a slice, an array or a map", p.typeName(v, p.node(n))))
	}
	l := table.Layout{
		Row:  func(v reflect.Value) table.Row { return p.row(v, elemNode) },
		Keys: sortedKeys,
		Key:  func(k reflect.Value) string { return p.text(k, keyNode) },
	}
	g, err := l.Of(v)
	if err != nil {
		return display.ErrorBundle(fmt.Errorf("display.Table: %w", err))
	}
	return display.MIME(map[string]any{display.MIMEHTML: g.HTML(), display.MIMEText: g.Text()})
}

// deref follows v (of Node n) through pointers and interfaces: the value
// they hold and its Node, or the zero Value for a nil one.
func (p *printer) deref(v reflect.Value, n int) (reflect.Value, int) {
	for range 64 {
		if d, ok := p.held(v, p.node(n)); ok {
			if nilInterface(d) || d.Kind() == reflect.Interface && d.IsNil() {
				return reflect.Value{}, -1
			}
			v, n = p.dynamic(d, p.node(n))
			continue
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if v.IsNil() {
			return reflect.Value{}, -1
		}
		v, n = v.Elem(), elem(p.node(n), 0)
	}
	return v, n
}

// text is what fmt's %v prints for v, of Node n, in a Go program.
func (p *printer) text(v reflect.Value, n int) string {
	if !v.IsValid() {
		return "<nil>"
	}
	return fmt.Sprint(&value{v: v, nodes: p.nodes, resolve: p.resolve, n: n})
}

// row is table.DefaultRow of v, of Node n, its struct fields named and
// its values printed as in a Go program.
func (p *printer) row(v reflect.Value, n int) table.Row {
	orig, on := v, n
	v, n = p.deref(v, n)
	var r table.Row
	switch {
	case !v.IsValid():
	case v.Kind() == reflect.Struct:
		for _, f := range VisibleFields(v.Type()) {
			if !f.IsExported() || table.Promoted(f) {
				continue
			}
			fv, err := v.FieldByIndexErr(f.Index)
			text := ""
			if err == nil {
				text = p.text(fv, p.fieldNode(v.Type(), n, f.Index))
			}
			r.Columns, r.Texts = append(r.Columns, f.Name), append(r.Texts, text)
		}
		if len(r.Columns) == 0 { // the value itself, as table.DefaultRow
			return table.Row{Columns: []string{"value"}, Texts: []string{p.text(orig, on)}}
		}
	case v.Kind() == reflect.Map && v.Type().Key().Kind() == reflect.String:
		for _, k := range sortedKeys(v) {
			r.Columns = append(r.Columns, k.String())
			r.Texts = append(r.Texts, p.text(v.MapIndex(k), elem(p.node(n), 1)))
		}
	case v.Kind() == reflect.Slice || v.Kind() == reflect.Array:
		for i := range v.Len() {
			r.Columns = append(r.Columns, strconv.Itoa(i))
			r.Texts = append(r.Texts, p.text(v.Index(i), elem(p.node(n), 0)))
		}
	default:
		r.Columns, r.Texts = []string{"value"}, []string{p.text(v, n)}
	}
	return r
}

// fieldNode returns the Node of the field of a struct of type t (of Node
// n) at index, a path through embedded fields.
func (p *printer) fieldNode(t reflect.Type, n int, index []int) int {
	for _, i := range index {
		if t.Kind() == reflect.Pointer {
			t, n = t.Elem(), elem(p.node(n), 0)
		}
		t, n = t.Field(i).Type, elem(p.node(n), i)
	}
	return n
}
