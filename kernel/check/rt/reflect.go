package rt

import (
	"iter"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/internal/typemark"
)

// Reflection on the notebook's types. yaegi v0.16.1 makes a struct type
// a cell declares with reflect.StructOf: it has no name, its unexported
// fields are exported ones with an X before the name (age is Xage), and
// the lowering tags its first field with the type's name (typemark). A
// type of a basic underlying type is declared from one of rt's bases
// (Float64N3). So reflect.TypeOf(u).Name() was "", the type printed as
// struct { Name string "gofutures:\"User\""; Xage int }, and a program
// listing a struct's fields saw Xage, exported. The lowering sends the
// reflect.Type and reflect.Value whose methods a cell calls through Type
// and Value, which answer as Go does for those types.

// Type is a reflect.Type whose Name, String, PkgPath, NumField, Field and
// FieldByName answer for the notebook's types as Go does.
type Type struct{ reflect.Type }

// ReflectType returns t as a Type.
func ReflectType(t reflect.Type) Type { return Type{t} }

// TypeArg is t as fmt's operand: a Type, which prints as Go spells the
// type, or nil for a nil t (fmt prints <nil>, as for Go's nil
// reflect.Type).
func TypeArg(t reflect.Type) any {
	if t == nil {
		return nil
	}
	return Type{t}
}

// notebook reports whether t is a type a cell declared: a struct type
// the lowering tagged, or one of rt's bases reserved for a notebook type;
// it returns the type's name in package main.
func notebook(t reflect.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	if n, ok := baseName(t); ok {
		return strings.TrimPrefix(n, "main."), true
	}
	if t.Name() != "" || t.Kind() != reflect.Struct {
		return "", false
	}
	in := structInfo(t)
	return in.name, in.notebook
}

// structTypeInfo is what reflection on a struct type needs when it is
// the notebook's, worked out once per type (structInfos): reflection in a
// loop over rows (a table printer) asks again and again.
type structTypeInfo struct {
	name     string
	notebook bool
	fields   []reflect.StructField // as Go has them, the lowering's field left out
	visible  []reflect.StructField // VisibleFields
	byName   map[string]int        // a name's field in visible
}

// structInfos maps a struct type to its *structTypeInfo.
var structInfos sync.Map

// structInfo returns the info of the struct type t.
func structInfo(t reflect.Type) *structTypeInfo {
	if v, ok := structInfos.Load(t); ok {
		return v.(*structTypeInfo)
	}
	in := &structTypeInfo{}
	if name, ok := typemark.Declared(t); ok {
		in.name, in.notebook = typemark.GoName(name), true
	}
	if in.notebook {
		for i := range typemark.Fields(t) {
			in.fields = append(in.fields, goField(t, t.Field(i)))
		}
		in.visible = visible(t)
		in.byName = make(map[string]int, len(in.visible))
		for i, f := range in.visible {
			in.byName[f.Name] = i
		}
	}
	v, _ := structInfos.LoadOrStore(t, in)
	return v.(*structTypeInfo)
}

// copyField returns f with an Index of its own, for a caller to keep.
func copyField(f reflect.StructField) reflect.StructField {
	f.Index = slices.Clone(f.Index)
	return f
}

// Name is the type's name within its package.
func (t Type) Name() string {
	if n, ok := notebook(t.Type); ok {
		return n
	}
	return t.Type.Name()
}

// PkgPath is the type's package path: "main" for the notebook's types.
func (t Type) PkgPath() string {
	if _, ok := notebook(t.Type); ok {
		return "main"
	}
	return t.Type.PkgPath()
}

// String is the type's Go spelling (main.User, *main.User, []main.User).
func (t Type) String() string {
	if t.Type == nil {
		return "<nil>"
	}
	return typeString(t.Type)
}

// NumField is the number of the struct type's fields, without the one
// the lowering gives a struct type that has none.
func (t Type) NumField() int {
	if t.Kind() == reflect.Struct && t.Type.Name() == "" {
		if in := structInfo(t.Type); in.notebook {
			return len(in.fields)
		}
	}
	return t.Type.NumField()
}

// Fields is an iterator over the struct type's fields (Go 1.26), named as
// the cell names them.
func (t Type) Fields() iter.Seq[reflect.StructField] {
	return func(yield func(reflect.StructField) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

// Field is the struct type's i'th field, named as the cell names it.
func (t Type) Field(i int) reflect.StructField {
	if t.Kind() == reflect.Struct && t.Type.Name() == "" {
		if in := structInfo(t.Type); in.notebook && 0 <= i && i < len(in.fields) {
			return copyField(in.fields[i])
		}
	}
	return t.Type.Field(i)
}

// FieldByName is the struct field of the name the cell declared (age,
// which yaegi calls Xage), also promoted through embedded fields: the
// shallowest, when only one is that shallow.
func (t Type) FieldByName(name string) (reflect.StructField, bool) {
	if t.Kind() != reflect.Struct || t.Type.Name() != "" {
		return t.Type.FieldByName(name)
	}
	in := structInfo(t.Type)
	if !in.notebook {
		return t.Type.FieldByName(name)
	}
	if i, ok := in.byName[name]; ok {
		return copyField(in.visible[i]), true
	}
	return reflect.StructField{}, false
}

// VisibleFields is reflect.VisibleFields of t, the fields named as the
// cell names them.
func VisibleFields(t reflect.Type) []reflect.StructField {
	if t.Kind() != reflect.Struct || t.Name() != "" || !structInfo(t).notebook {
		return reflect.VisibleFields(t)
	}
	out := make([]reflect.StructField, 0, len(structInfo(t).visible))
	for _, f := range structInfo(t).visible {
		out = append(out, copyField(f))
	}
	return out
}

// visible returns the fields of the struct type t that a selector
// reaches, in reflect.VisibleFields's order: each field, followed by
// those an embedded struct promotes, named as the cell names them. A
// field is hidden by a shallower one of its name; two of a name at its
// shallowest depth hide each other.
func visible(t reflect.Type) []reflect.StructField {
	type at struct {
		f     reflect.StructField
		depth int
	}
	var all []at
	shallowest := map[string]int{}
	count := map[[2]any]int{}
	var walk func(s reflect.Type, index []int, seen map[reflect.Type]bool)
	walk = func(s reflect.Type, index []int, seen map[reflect.Type]bool) {
		seen[s] = true
		defer delete(seen, s)
		for i := range s.NumField() {
			if typemark.IsMarker(s.Field(i)) {
				continue
			}
			f := s.Field(i)
			f.Index = append(append([]int(nil), index...), i)
			f = goField(t, f)
			depth := len(f.Index)
			all = append(all, at{f, depth})
			if d, ok := shallowest[f.Name]; !ok || depth < d {
				shallowest[f.Name] = depth
			}
			count[[2]any{f.Name, depth}]++
			if !f.Anonymous {
				continue
			}
			e := f.Type
			if e.Kind() == reflect.Pointer {
				e = e.Elem()
			}
			if e.Kind() == reflect.Struct && !seen[e] {
				walk(e, f.Index, seen)
			}
		}
	}
	walk(t, nil, map[reflect.Type]bool{})
	var out []reflect.StructField
	for _, a := range all {
		if a.depth == shallowest[a.f.Name] && count[[2]any{a.f.Name, a.depth}] == 1 {
			out = append(out, a.f)
		}
	}
	return out
}

// goField returns the field f of the struct type t (f.Index from t) as
// Go has it: an unexported field's name without yaegi's X, with package
// main, and the lowering's tags left out.
func goField(t reflect.Type, f reflect.StructField) reflect.StructField {
	owner, last := t, f.Index[len(f.Index)-1]
	for _, i := range f.Index[:len(f.Index)-1] {
		owner = owner.Field(i).Type
		if owner.Kind() == reflect.Pointer {
			owner = owner.Elem()
		}
	}
	if _, declared := typemark.Declared(owner); owner.Name() != "" || !declared {
		return f // not a struct type a cell declared
	}
	if name := typemark.FieldName(owner, last); name != f.Name {
		f.Name, f.PkgPath = name, "main"
	}
	f.Anonymous = typemark.Embedded(owner, last)
	if last == 0 {
		f.Tag = withoutMarks(f.Tag)
	}
	return f
}

// withoutMarks returns tag without the lowering's keys, which it puts
// first, each followed by a space (kernel/check's tagStructType), or
// alone.
func withoutMarks(tag reflect.StructTag) reflect.StructTag {
	s := string(tag)
	for {
		key, rest, ok := strings.Cut(s, ":")
		if !ok || key != typemark.Key && key != typemark.ExportedKey && key != typemark.EmbeddedKey {
			return reflect.StructTag(s)
		}
		v, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return reflect.StructTag(s)
		}
		s = rest[len(v):]
		if s != "" && s[0] == ' ' {
			s = s[1:]
		}
	}
}

// Value is a reflect.Value whose NumField and FieldByName answer for the
// notebook's struct types as Go does.
type Value struct{ reflect.Value }

// ReflectValue returns v as a Value.
func ReflectValue(v reflect.Value) Value { return Value{v} }

// NumField is the number of the struct's fields.
func (v Value) NumField() int { return Type{v.Type()}.NumField() }

// FieldByName is the struct's field of the name the cell declared.
func (v Value) FieldByName(name string) reflect.Value {
	if f, ok := (Type{v.Type()}).FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return reflect.Value{}
}

// Fields is an iterator over the struct's fields (Go 1.26), named as the
// cell names them, with their values.
func (v Value) Fields() iter.Seq2[reflect.StructField, reflect.Value] {
	t := Type{v.Type()}
	return func(yield func(reflect.StructField, reflect.Value) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}
