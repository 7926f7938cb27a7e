// Package table lays out a collection of Go values as a table of text
// (columns, row labels, cells) and renders it as HTML and as aligned
// text: what display.Table shows. The kernel's runtime for notebook cells
// lays out values of the types cells declare with its own Row and Keys
// (their field names and String methods are known to it, not to
// reflection).
package table

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
)

// maxHops bounds the pointers and interfaces followed to a value: one
// may lead back to itself (var x any; x = &x).
const maxHops = 64

// Row is one row's cells: the texts under the columns named, in order.
type Row struct {
	Columns []string
	Texts   []string
}

// Layout says how rows are read. The zero Layout reads them by
// reflection (DefaultRow) and orders a map's rows as fmt orders its keys
// where the keys are numbers, strings or bools (by their text otherwise).
type Layout struct {
	// Row makes a row of a value of the collection (an element of a slice
	// or array, a value of a map).
	Row func(v reflect.Value) Row
	// Keys returns a map's keys in the order of its rows.
	Keys func(m reflect.Value) []reflect.Value
	// Key is the label of the row of a map's key.
	Key func(k reflect.Value) string
	// MaxRows is how many rows are shown whole (default 60); of a longer
	// collection the first and last Edge rows are (default 5), as pandas
	// shows a DataFrame.
	MaxRows, Edge int
}

// Grid is a laid-out table.
type Grid struct {
	// Columns are the columns' names, in the order first met.
	Columns []string
	// Labels are the rows' labels: a slice's indexes, a map's keys.
	Labels []string
	// Cells holds each row's texts, one per column ("" where a row has
	// no such column).
	Cells [][]string
	// Rows counts all the collection's rows; when it is more than
	// len(Cells), the rows before Cut are the first ones and those from
	// Cut on the last ones.
	Rows, Cut int
}

// Of lays out rows: a slice, an array or a map, or a pointer to one.
func (l Layout) Of(rows reflect.Value) (*Grid, error) {
	for hops := 0; rows.Kind() == reflect.Pointer || rows.Kind() == reflect.Interface; hops++ {
		if rows.IsNil() {
			return nil, fmt.Errorf("table: rows are a nil %s; want a slice, an array or a map", rows.Type())
		}
		if hops == maxHops {
			return nil, fmt.Errorf("table: rows are a %s that leads back to itself", rows.Type())
		}
		rows = rows.Elem()
	}
	if !rows.IsValid() {
		return nil, fmt.Errorf("table: rows are nil; want a slice, an array or a map")
	}
	maxRows, edge := cmp.Or(l.MaxRows, 60), cmp.Or(l.Edge, 5)
	row := l.Row
	if row == nil {
		row = func(v reflect.Value) Row { return DefaultRow(v, Text) }
	}
	g := &Grid{}
	var at []int // the indexes (of a slice) or keys (of a map) of the rows shown
	n := 0
	var keys []reflect.Value
	switch rows.Kind() {
	case reflect.Slice, reflect.Array:
		n = rows.Len()
	case reflect.Map:
		keys = l.keys(rows)
		n = len(keys)
	default:
		return nil, fmt.Errorf("table: rows of type %s; want a slice, an array or a map", rows.Type())
	}
	g.Rows, g.Cut = n, n
	for i := range n {
		if n > maxRows && i >= edge && i < n-edge {
			continue
		}
		at = append(at, i)
	}
	if n > maxRows {
		g.Cut = edge
	}
	index := map[string]int{}
	for _, i := range at {
		var r Row
		if keys != nil {
			g.Labels = append(g.Labels, l.key(keys[i]))
			r = row(rows.MapIndex(keys[i]))
		} else {
			g.Labels = append(g.Labels, strconv.Itoa(i))
			r = row(rows.Index(i))
		}
		cells := make([]string, len(g.Columns), len(g.Columns)+len(r.Columns))
		for j, c := range r.Columns {
			k, ok := index[c]
			if !ok {
				k = len(g.Columns)
				index[c] = k
				g.Columns = append(g.Columns, c)
				cells = append(cells, "")
			}
			cells[k] = r.Texts[j]
		}
		g.Cells = append(g.Cells, cells)
	}
	for i, c := range g.Cells { // rows made before a column was met
		g.Cells[i] = append(c, make([]string, len(g.Columns)-len(c))...)
	}
	return g, nil
}

func (l Layout) keys(m reflect.Value) []reflect.Value {
	if l.Keys != nil {
		return l.Keys(m)
	}
	keys := m.MapKeys()
	slices.SortStableFunc(keys, compareKeys)
	return keys
}

func (l Layout) key(k reflect.Value) string {
	if l.Key != nil {
		return l.Key(k)
	}
	return Text(k)
}

// compareKeys orders map keys of one type as fmt prints maps: numbers,
// strings and bools by value (NaN first), pointers and channels by
// address, structs field by field, arrays element by element, interface
// values nil first, then by their dynamic types, then by value.
func compareKeys(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return cmp.Compare(a.Type().String(), b.Type().String())
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		return cmp.Or(cmp.Compare(real(x), real(y)), cmp.Compare(imag(x), imag(y)))
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Bool:
		return cmp.Compare(boolInt(a.Bool()), boolInt(b.Bool()))
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := range a.NumField() {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := range a.Len() {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return cmp.Compare(boolInt(!a.IsNil()), boolInt(!b.IsNil()))
		}
		return compareKeys(a.Elem(), b.Elem())
	}
	return cmp.Compare(Text(a), Text(b))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Text is what fmt's %v prints for v ("<nil>" for a nil interface).
func Text(v reflect.Value) string {
	if !v.IsValid() {
		return "<nil>"
	}
	if !v.CanInterface() {
		return fmt.Sprint(v) // (fmt prints what a reflect.Value holds)
	}
	return fmt.Sprint(v.Interface())
}

// DefaultRow makes the row of v, as display.Table reads it:
//   - a struct: a column for each exported field, named by it, with
//     the fields of embedded structs promoted (reflect.VisibleFields)
//     and not the embedded structs themselves; one without exported
//     fields (a time.Time, an error) is a value;
//   - a map with keys of a string kind: a column for each key;
//   - a slice or an array: a column for each index;
//   - anything else: one column, "value".
//
// Pointers and interfaces are followed; a nil one gives no cells. text
// writes the cells.
func DefaultRow(v reflect.Value, text func(reflect.Value) string) Row {
	orig := v
	for hops := 0; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; hops++ {
		if v.IsNil() {
			return Row{}
		}
		if hops == maxHops { // (a pointer that leads back to itself)
			return Row{Columns: []string{"value"}, Texts: []string{text(v)}}
		}
		v = v.Elem()
	}
	var r Row
	switch v.Kind() {
	case reflect.Struct:
		for _, f := range reflect.VisibleFields(v.Type()) {
			if !f.IsExported() || Promoted(f) {
				continue
			}
			fv, err := v.FieldByIndexErr(f.Index)
			t := ""
			if err == nil { // (else through a nil embedded pointer)
				t = text(fv)
			}
			r.Columns, r.Texts = append(r.Columns, f.Name), append(r.Texts, t)
		}
		if len(r.Columns) == 0 { // a time.Time, an error: the value itself
			return Row{Columns: []string{"value"}, Texts: []string{text(orig)}}
		}
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return Row{Columns: []string{"value"}, Texts: []string{text(v)}}
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
		for _, k := range keys {
			r.Columns, r.Texts = append(r.Columns, k.String()), append(r.Texts, text(v.MapIndex(k)))
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			r.Columns, r.Texts = append(r.Columns, strconv.Itoa(i)), append(r.Texts, text(v.Index(i)))
		}
	default:
		return Row{Columns: []string{"value"}, Texts: []string{text(v)}}
	}
	return r
}

// Promoted reports whether f is an embedded struct (or pointer to one)
// whose fields are columns in its place.
func Promoted(f reflect.StructField) bool {
	if !f.Anonymous {
		return false
	}
	t := f.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}
