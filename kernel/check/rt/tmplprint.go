package rt

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// printFunc is the function a rewritten template's printing actions end
// with (rewriter.printed).
const printFunc = "gofuturesPrint"

// printedValue is what a template prints for a value of a cell type: the
// text fmt gives it in a Go program, which text/template prints through
// String, html/template escapes.
type printedValue struct {
	s string
	// v is the value, stringer whether its type has a method String:
	// html/template writes a value in a script as JSON (MarshalJSON)
	v        reflect.Value
	stringer bool
}

// String is the text.
func (p printedValue) String() string { return p.s }

// MarshalJSON is the JSON html/template writes for the value in a
// script, as for the value in a Go program: the text String returns
// for a Stringer, the value's otherwise (not fmt's text).
func (p printedValue) MarshalJSON() ([]byte, error) {
	if p.stringer || !p.v.IsValid() || !p.v.CanInterface() {
		return json.Marshal(p.s)
	}
	return json.Marshal(p.v.Interface())
}

// print returns, for the value v a template is about to print, when it
// is of a cell type the Table describes (a struct the lowering tagged, a
// value yaegi keeps in an interface with its type), a printedValue of
// what fmt prints for it in a Go program (its String method called, its
// fields' too); v otherwise. As text/template, it looks through
// pointers first.
func (ms *methodSets) print(v reflect.Value) reflect.Value {
	x := v
	empty := false // out of an empty interface
	if x.Kind() == reflect.Interface && !x.IsNil() && x.Type().NumMethod() == 0 {
		x, empty = x.Elem(), true
	}
	if x.Kind() == reflect.Pointer {
		x, _ = indirect(x)
	}
	if !x.IsValid() {
		return v
	}
	held := valueInterfaceType(x) != nil
	x, n, ok := ms.cellNode(x)
	if ok && held && empty && x.Kind() == reflect.Pointer && !x.IsNil() {
		// text/template prints the value an empty interface holds as
		// its pipeline's value: a pointer's through it (addressable)
		if en, eok := ms.nodeOf[strings.TrimPrefix(ms.tbl.Nodes[n].Name, "*")]; eok {
			x, n, held = x.Elem(), en, false
		}
	}
	if !ok {
		return v
	}
	if x.CanAddr() && !held { // a value a cell interface holds is not addressable
		// a pointer method String or Error: text/template prints the
		// pointer, whose method set has it
		if pn, ok := ms.nodeOf["*"+ms.tbl.Nodes[n].Name]; ok && ms.tbl.Nodes[n].String == nil && ms.tbl.Nodes[n].Error == nil &&
			(ms.tbl.Nodes[pn].String != nil || ms.tbl.Nodes[pn].Error != nil) {
			x, n = x.Addr(), pn
		}
	}
	s := fmt.Sprint(&nodeValue{v: x, n: n, tbl: ms.tbl})
	return reflect.ValueOf(printedValue{s: s, v: x, stringer: ms.tbl.Nodes[n].String != nil})
}

// nodeValue formats v, of the Node n of tbl, as fmt does in a Go
// program.
type nodeValue struct {
	v   reflect.Value
	n   int
	tbl *Table
}

// Format prints the value as fmt prints it in a Go program.
func (x *nodeValue) Format(s fmt.State, verb rune) {
	p := &printer{st: s, verb: verb, nodes: x.tbl.Nodes, resolve: x.tbl.Resolve}
	p.format = fmt.FormatString(s, verb)
	p.printArg(x.v, x.n)
	_, _ = s.Write(p.buf.Bytes())
}

// cellNode returns x, or the value yaegi's wrapper x holds, and the
// index of the Node of its type when that type involves a cell type
// (main.Tag, []main.Tag, a value of a named non-struct type in an
// interface) and the Table has one.
func (ms *methodSets) cellNode(x reflect.Value) (reflect.Value, int, bool) {
	name := ""
	if valueInterfaceType(x) != nil {
		if !x.CanInterface() {
			return x, 0, false
		}
		name = TypeName(x.Interface())
		if name == "" {
			name = heldPtrName(x)
		}
		h, ok := heldValue(x)
		if !ok || !h.IsValid() {
			return x, 0, false
		}
		if h.Kind() == reflect.Interface && !h.IsNil() {
			h = h.Elem()
		}
		x = h
	} else {
		name = typeString(x.Type())
	}
	if !strings.Contains(name, "main.") {
		return x, 0, false
	}
	n, ok := ms.nodeOf[name]
	return x, n, ok
}

// argFunc is the function a rewritten template's calls of print, printf
// and println give their arguments to (rewriter.command).
const argFunc = "gofuturesArg"

// arg returns, for an argument v of print, printf or println, a
// fmt.Formatter that formats it as fmt does in a Go program when it is
// of a cell type the Table describes; v otherwise.
func (ms *methodSets) arg(v reflect.Value) reflect.Value {
	x := v
	if x.Kind() == reflect.Interface && !x.IsNil() && x.Type().NumMethod() == 0 {
		x = x.Elem()
	}
	if !x.IsValid() {
		return v
	}
	x, n, ok := ms.cellNode(x)
	if !ok {
		return v
	}
	return reflect.ValueOf(&nodeValue{v: x, n: n, tbl: ms.tbl})
}

// printFieldFunc is the function a rewritten template's action that
// prints a field of a named non-struct type with a String method calls
// (rewriter.printed).
const printFieldFunc = "gofuturesPrintField"

// printField evaluates the field name of recv as text/template does
// (field) and returns what print returns for it, or, when recv is of a
// cell struct type whose field name the Table describes, a printedValue
// of what fmt prints for the field's value with its Node.
func (ms *methodSets) printField(recv reflect.Value, name string, missing int) (reflect.Value, error) {
	v, err := ms.field(recv, name, nil, missing)
	if err != nil || !v.IsValid() {
		return v, err
	}
	r, _ := indirect(recv)
	if r.IsValid() {
		if x, n, ok := ms.cellNode(r); ok && x.Kind() == reflect.Struct {
			node := ms.tbl.Nodes[n]
			for i, f := range node.Fields {
				if f == name && i < len(node.Elems) && node.Elems[i] >= 0 {
					e := node.Elems[i]
					return reflect.ValueOf(printedValue{s: fmt.Sprint(&nodeValue{v: v, n: e, tbl: ms.tbl}), v: v, stringer: ms.tbl.Nodes[e].String != nil}), nil
				}
			}
		}
	}
	return ms.print(v), nil
}

// ptrCat is yaegi v0.16.1's category of pointer types (its tcat ptrT).
const ptrCat = 26

// heldPtrName is the name, *main.T, of the type of the pointer yaegi's
// record of a value in an interface (valueInterface) v holds, when it
// points to a type a cell declared; "" otherwise (TypeName names no
// pointer type).
func heldPtrName(v reflect.Value) string {
	t, ok := recordType(v)
	if !ok {
		return ""
	}
	if cat := t.FieldByName("cat"); !cat.CanUint() || cat.Uint() != ptrCat {
		return ""
	}
	e := t.FieldByName("val")
	if e.Kind() != reflect.Pointer || e.IsNil() {
		return ""
	}
	if name := itypeName(e.Elem()); name != "" {
		return "*" + name
	}
	return ""
}
