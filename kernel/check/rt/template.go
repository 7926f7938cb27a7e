package rt

import (
	"errors"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"text/template"
)

// TemplateError returns err, what a template's Execute or ExecuteTemplate
// returned for data d of the static type t describes, with the types of
// the cells named as Go names them: text/template sees yaegi's types,
// and said "can't evaluate field Nope in type struct { Material string;
// ... }" where Go says "in type main.Inventory". A nil err stays nil.
func TemplateError(err error, d any, t *Table) error {
	if err == nil {
		return nil
	}
	names := map[string]string{}
	fields := map[string][]string{} // Go's struct names: their fields
	p := &printer{nodes: t.Nodes, resolve: t.Resolve}
	v := reflect.ValueOf(d) // the value of the static type
	if len(t.Nodes) > 0 && t.Nodes[0].Iface {
		v = reflect.ValueOf(&d).Elem()
	}
	typeNames(p, v, 0, names, fields, 0)
	msg := err.Error()
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	out := msg
	for _, k := range keys {
		out = strings.ReplaceAll(out, k, names[k])
	}
	out = unexportedField(out, fields)
	if out == msg {
		return err
	}
	var ee template.ExecError
	if errors.As(err, &ee) {
		return template.ExecError{Name: ee.Name, Err: errors.New(out)}
	}
	return errors.New(out)
}

// typeNames records, for the struct types in v (of Node n), their
// reflect names and Go's: a value's elements are looked into, the
// first of each sequence only.
func typeNames(p *printer, v reflect.Value, n int, out map[string]string, fields map[string][]string, depth int) {
	node := p.node(n)
	if node == nil || !v.IsValid() || depth > 8 {
		return
	}
	if d, ok := p.held(v, node); ok {
		if _, seen := out[heldName]; !seen && node.Iface {
			// text/template names the record yaegi holds the value in;
			// Go, the interface (the first one met stands for all)
			out[heldName] = node.Name
		}
		if nilInterface(d) {
			return
		}
		d, n = p.dynamic(d, node)
		if d.Kind() != reflect.Interface {
			typeNames(p, d, n, out, fields, depth+1)
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if node.Fields != nil && v.Type().Name() == "" {
			out[v.Type().String()] = node.Name
			fields[node.Name] = node.Fields
		}
		for i := 0; i < v.NumField() && i < len(node.Elems); i++ {
			typeNames(p, v.Field(i), node.Elems[i], out, fields, depth+1)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			typeNames(p, v.Elem(), node.Elems[0], out, fields, depth+1)
		}
	case reflect.Slice, reflect.Array:
		if v.Len() > 0 {
			typeNames(p, v.Index(0), node.Elems[0], out, fields, depth+1)
		}
	case reflect.Map:
		if it := v.MapRange(); it.Next() {
			typeNames(p, it.Value(), node.Elems[1], out, fields, depth+1)
		}
	}
}

// heldName is the type text/template names for a value a cell's
// interface holds: yaegi's record of it.
const heldName = "interp.valueInterface"

// evalField is text/template's error for a field a type lacks, which it
// gives for a cell struct's unexported field (yaegi renamed it).
var evalField = regexp.MustCompile(`can't evaluate field (\w+) in type (\S+)`)

// unexportedField words msg's error for an unexported field of a cell
// struct (fields: its fields, by Go's name of the struct) as Go does.
func unexportedField(msg string, fields map[string][]string) string {
	return evalField.ReplaceAllStringFunc(msg, func(m string) string {
		sub := evalField.FindStringSubmatch(m)
		name, typ := sub[1], sub[2]
		if exported(name) || !slices.Contains(fields[strings.TrimLeft(typ, "*")], name) {
			return m
		}
		return name + " is an unexported field of struct type " + typ
	})
}
