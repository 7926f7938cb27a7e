package rt

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// In yaegi v0.16.1 a type a cell declares is, to reflection, the type it
// stands for: a struct is an unnamed struct whose unexported fields are
// renamed with an X prefix (struct { Xx int; Xy int }), a named int is an
// int, and the methods are gone once the value is inside a slice, a map,
// a struct field or a pointer. fmt then prints {Xx:1 Xy:2}, names the
// type struct { ... } and calls no String method.
//
// The lowering (kernel/check) hands fmt, in place of such an argument,
// Fmt of it with the description of its static type: Go's names of the
// types and fields, and the methods as interpreted functions. Fmt's value
// is a fmt.Formatter that prints as fmt prints the value in a Go program.

// Node describes one type in the static type of a value given to Fmt.
type Node struct {
	// Name is the type as reflect spells it in a Go program: main.point,
	// []main.point, map[string]*main.point.
	Name string
	// Interp is, where the interpreter names the type otherwise (a copy
	// of an instance of a notebook's generic type: main.mainꞏPairꞏstringꞏint
	// for main.Pair[string,int]), its name there (TypeName).
	Interp string
	// Fields are a struct's field names, as declared.
	Fields []string
	// Embedded lists the indexes of a struct's embedded fields (json
	// promotes their fields; yaegi's struct types do not mark them).
	Embedded []int
	// Elems index the Nodes of a struct's fields, of the element of a
	// pointer, slice, array or channel, or the key and element of a map;
	// -1 for a type in which no cell declared anything (the value's own
	// reflection is right).
	Elems []int
	// FieldZeros are, for a struct type whose fields the lowering holds
	// in an interface{} (kernel/check's selfref.go: fields through which
	// the struct is made of itself), the zero values of those fields'
	// types, by field index; nil for the other fields.
	FieldZeros []any
	// Iface marks an interface type: the dynamic type of a value is
	// found with Fmt's resolver. Empty marks interface{}.
	Iface, Empty bool
	// String, Error and GoString are a type's methods of those names,
	// as functions of a receiver that return the method's result and
	// what it panicked with (recovered in interpreted code, where the
	// interpreter would print the panic): func(T) (string, any). Format
	// is func(T, fmt.State, rune) any. Nil when the type's method set
	// lacks them.
	String, Error, GoString, Format any
	// MarshalJSON and MarshalText are those methods, for encoding/json
	// (JSON): func(T) ([]byte, error, any), the last result what the
	// method panicked with.
	MarshalJSON, MarshalText any
	// PtrMarshalJSON and PtrMarshalText are the methods of *T that T's
	// method set lacks, for addressable values (json calls them there):
	// func(*T) ([]byte, error, any).
	PtrMarshalJSON, PtrMarshalText any
	// UnmarshalText and PtrUnmarshalText are a type's UnmarshalText, of
	// T or of *T, for a JSON string: func(T or *T, []byte) (error, any).
	UnmarshalText, PtrUnmarshalText any
	// UnmarshalJSON and PtrUnmarshalJSON are a type's UnmarshalJSON, of
	// T or of *T: func(T or *T, []byte) (error, any).
	UnmarshalJSON, PtrUnmarshalJSON any
	// IsZero and PtrIsZero are a type's IsZero method, of T or (T's
	// method set lacking it) of *T, which json's omitzero asks (JSON):
	// func(T or *T) (bool, any).
	IsZero, PtrIsZero any
	// MarshalXML and UnmarshalXML are those methods, for encoding/xml
	// (XML, XMLTarget): func(T, *xml.Encoder, xml.StartElement) (error,
	// any) and func(T, *xml.Decoder, xml.StartElement) (error, any);
	// MarshalXMLAttr and UnmarshalXMLAttr func(T, xml.Name) (xml.Attr,
	// error, any) and func(T, xml.Attr) (error, any). The Ptr ones are
	// those of *T that T's method set lacks.
	MarshalXML, PtrMarshalXML, UnmarshalXML, PtrUnmarshalXML                 any
	MarshalXMLAttr, PtrMarshalXMLAttr, UnmarshalXMLAttr, PtrUnmarshalXMLAttr any
	// LogValue is a type's LogValue method, for log/slog (Slog):
	// func(T) (any, any), the slog.Value it returned and what it
	// panicked with.
	LogValue any
	// HTML, Markdown, SVG, LaTeX, PNG, JPEG, JSON and MIMEBundle are a
	// type's methods that display's renderer interfaces name (Bundle):
	// func(T) (R, any), R the method's result, the last result what it
	// panicked with. Image is func(T) (image.Image, any): the value as
	// an image.Image, for a type that is one.
	HTML, Markdown, SVG, LaTeX, PNG, JPEG, JSON, MIMEBundle, Image any
	// ValueMethods marks a pointer type whose methods are its element
	// type's: on a nil pointer they panic, which fmt prints as <nil>
	// (without the call: a panic is costly in the interpreter).
	ValueMethods bool
	// Methods are a cell type's exported methods, of T and of *T,
	// sorted by name, for templates (Execute): in a Table the lowering
	// makes for a template's data only.
	Methods []Method
}

// Resolver returns, for a value of an interface type, the index of the
// Node of its dynamic type and the value in a slice of that type of
// length one; -1 when it is none of the cell types it knows.
type Resolver func(x any) (int, any)

// Table describes a static type: its Node first, then those of the types
// in it, and the resolver of the cell types its interfaces may hold (nil
// if none).
type Table struct {
	Nodes   []Node
	Resolve Resolver

	// methods are the method sets of the Nodes' Methods, for templates
	// and reflection (newMethodSets), made once: kept here, they go
	// with the Table (a Table the lowering makes at each call, for a
	// type declared in a function, too)
	methods struct {
		once sync.Once
		ms   *methodSets
	}
}

// Lazy holds a Table made once, on first use.
type Lazy struct {
	once sync.Once
	t    *Table
}

// Get returns the Table, made by make on the first call.
func (l *Lazy) Get(make func() *Table) *Table {
	l.once.Do(func() { l.t = make() })
	return l.t
}

// Fmt returns what formats, for fmt, the only element of box (a slice of
// length one, of the value's static type, which t describes) as fmt
// formats it in a Go program.
func Fmt(box any, t *Table) any {
	return &value{v: reflect.ValueOf(box).Index(0), nodes: t.Nodes, resolve: t.Resolve}
}

// Line returns what fmt's Sprintln prints for xs without its newline:
// Println of it prints what Println of xs does (the lowering hands a
// deferred Println one operand, not a spread slice).
func Line(xs ...any) string {
	s := fmt.Sprintln(xs...)
	return s[:len(s)-1]
}

// Operands returns what fmt's Sprint prints for xs, each an operand as
// it is or a value Fmt (or FmtAny) made: a space between operands where
// neither is a string (by the kind of what Fmt's values hold).
func Operands(xs ...any) string {
	var b strings.Builder
	prev := false
	for i, x := range xs {
		str := isString(x)
		if i > 0 && !str && !prev {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, x)
		prev = str
	}
	return b.String()
}

// isString reports whether Sprint takes x for a string.
func isString(x any) bool {
	if x == nil {
		return false
	}
	v, ok := x.(*value)
	if !ok {
		return reflect.TypeOf(x).Kind() == reflect.String
	}
	p := &printer{nodes: v.nodes, resolve: v.resolve}
	d := v.v
	if h, ok := p.held(d, p.node(0)); ok {
		if nilInterface(h) {
			return false
		}
		d, _ = p.dynamic(h, p.node(0))
		if rv, ok := reflectValue(d); ok {
			d = rv
		}
	}
	return d.IsValid() && d.Kind() == reflect.String
}

// FmtAny is Fmt of a value of an interface type, given as it is.
func FmtAny(x any, t *Table) any {
	return &value{v: reflect.ValueOf(&x).Elem(), nodes: t.Nodes, resolve: t.Resolve}
}

// value is a value Fmt describes.
type value struct {
	v       reflect.Value
	nodes   []Node
	resolve Resolver
	n       int // the Node of v's type (0, the root, but for a part of a value)
}

// Format prints the value as fmt prints it in a Go program.
func (x *value) Format(s fmt.State, verb rune) {
	p := &printer{st: s, verb: verb, nodes: x.nodes, resolve: x.resolve}
	p.format = fmt.FormatString(s, verb)
	if verb == 'v' {
		p.sharpV, p.plusV = s.Flag('#'), s.Flag('+')
	}
	p.printArg(x.v, x.n)
	_, _ = s.Write(p.buf.Bytes())
}

// printer prints one value.
type printer struct {
	buf           bytes.Buffer
	st            fmt.State
	verb          rune
	format        string // the verb with its flags, width and precision
	sharpV, plusV bool
	erroring      bool // printing a bad verb's value: no methods
	nodes         []Node
	resolve       Resolver
}

func (p *printer) node(i int) *Node {
	if i < 0 || i >= len(p.nodes) {
		return nil
	}
	return &p.nodes[i]
}

// printArg prints the value at the top, as fmt's printArg does.
func (p *printer) printArg(v reflect.Value, n int) {
	if d, ok := p.held(v, p.node(n)); ok {
		if nilInterface(d) {
			if p.verb == 'T' || p.verb == 'v' {
				p.pad("<nil>")
			} else {
				p.buf.WriteString("%!" + string(p.verb) + "(<nil>)")
			}
			return
		}
		iface := n
		v, n = p.dynamic(d, p.node(iface))
		if w, ok := p.wrapperAsIs(d, n, false); ok {
			v = w
		}
		if rv, ok := reflectValue(v); ok {
			// fmt prints the value a reflect.Value argument holds (what
			// the interpreter's recover returns, for one)
			if !rv.IsValid() {
				p.printValue(rv, -1, 0, false)
				return
			}
			v, n = p.dynamic(rv, p.node(iface))
		}
	}
	if n < 0 && v.Type() == reflect.TypeFor[[]byte]() {
		// fmt's own case: %#v names it []byte
		fmt.Fprintf(&p.buf, p.format, v.Bytes())
		return
	}
	if p.handleMethods(v, p.node(n), false) {
		return
	}
	p.printValue(v, n, 0, false)
}

// reflectValue returns the reflect.Value that v is, if it is one.
func reflectValue(v reflect.Value) (reflect.Value, bool) {
	if v.Type() != reflect.TypeFor[reflect.Value]() || !v.CanInterface() {
		return reflect.Value{}, false
	}
	return v.Interface().(reflect.Value), true
}

// handleMethods calls the Format, GoString, Error or String method of v
// (of Node n, nil for a compiled type) as fmt's handleMethods does.
// ro is set when fmt could not call them: v came through an unexported
// field.
func (p *printer) handleMethods(v reflect.Value, n *Node, ro bool) (handled bool) {
	if p.erroring || ro || !v.IsValid() {
		return false
	}
	var goString, errorM, stringM func() string
	var formatter func(fmt.State, rune)
	if n != nil {
		call := func(f any) func() string {
			if f == nil {
				return nil
			}
			return func() string {
				out := reflect.ValueOf(f).Call([]reflect.Value{v})
				if e := out[1]; !e.IsNil() {
					panic(e.Interface())
				}
				return out[0].String()
			}
		}
		goString, errorM, stringM = call(n.GoString), call(n.Error), call(n.String)
		if n.Format != nil {
			formatter = func(s fmt.State, verb rune) {
				out := reflect.ValueOf(n.Format).Call([]reflect.Value{v, reflect.ValueOf(&s).Elem(), reflect.ValueOf(verb)})
				if e := out[0]; !e.IsNil() {
					panic(e.Interface())
				}
			}
		}
	} else if v.CanInterface() {
		switch x := v.Interface().(type) {
		case fmt.Formatter:
			formatter = x.Format
		case fmt.GoStringer:
			goString = x.GoString
		}
		switch x := v.Interface().(type) {
		case error:
			errorM = x.Error
		case fmt.Stringer:
			stringM = x.String
		}
	}
	name := "" // of the method called: its panic is printed
	defer func() {
		if name != "" {
			if err := recover(); err != nil {
				handled = true
				p.methodPanic(v, name, err)
			}
		}
	}()
	if n != nil && n.ValueMethods && v.Kind() == reflect.Pointer && v.IsNil() {
		switch {
		case formatter != nil, p.sharpV && goString != nil,
			!p.sharpV && (errorM != nil || stringM != nil) && strings.ContainsRune("vsxXq", p.verb):
			p.buf.WriteString("<nil>")
			return true
		}
	}
	switch {
	case formatter != nil:
		name = "Format"
		formatter(&state{State: p.st, w: &p.buf}, p.verb)
		return true
	case p.sharpV:
		if goString == nil {
			return false
		}
		name = "GoString"
		p.fmtS(goString())
		return true
	}
	switch p.verb {
	case 'v', 's', 'x', 'X', 'q':
		switch {
		case errorM != nil:
			name = "Error"
			fmt.Fprintf(&p.buf, p.format, errorM())
			return true
		case stringM != nil:
			name = "String"
			fmt.Fprintf(&p.buf, p.format, stringM())
			return true
		}
	}
	return false
}

// methodPanic prints what fmt prints for a method that panicked: the
// interpreter's panic that stands for a runtime error as that error
// (recoveredValue: yaegi's nil dereference is reflect's "call of
// reflect.Value.Interface on zero Value").
func (p *printer) methodPanic(v reflect.Value, method string, err any) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		p.buf.WriteString("<nil>")
		return
	}
	fmt.Fprintf(&p.buf, "%%!%c(PANIC=%s method: %v)", p.verb, method, recoveredValue(err))
}

// state is the fmt.State a Format method gets: the flags of the one fmt
// gave, the output into the printer's buffer.
type state struct {
	fmt.State
	w *bytes.Buffer
}

func (s *state) Write(b []byte) (int, error) { return s.w.Write(b) }

func (s *state) WriteString(x string) (int, error) { return s.w.WriteString(x) }

// fmtS prints a string padded to the width and cut at the precision, as
// fmt does GoString's.
func (p *printer) fmtS(s string) {
	if prec, ok := p.st.Precision(); ok {
		if utf8.RuneCountInString(s) > prec {
			r := []rune(s)
			s = string(r[:prec])
		}
	}
	p.pad(s)
}

// pad prints s padded to the width.
func (p *printer) pad(s string) {
	w, ok := p.st.Width()
	if !ok || utf8.RuneCountInString(s) >= w {
		p.buf.WriteString(s)
		return
	}
	if p.st.Flag('-') {
		p.buf.WriteString(s + strings.Repeat(" ", w-utf8.RuneCountInString(s)))
		return
	}
	fill := " "
	if p.st.Flag('0') {
		fill = "0"
	}
	p.buf.WriteString(strings.Repeat(fill, w-utf8.RuneCountInString(s)) + s)
}

// dynamic returns the value an interface holds (d, its Node n when found)
// as what it is in the notebook: yaegi's wrappers undone, a cell type's
// value typed by the resolver.
func (p *printer) dynamic(d reflect.Value, n *Node) (reflect.Value, int) {
	orig := d
	interpreted := fromYaegi(d.Type()) || keyTypes[d.Type()]
	if iv, ok := wrapperValue(d); ok {
		d = iv
		if d.Kind() == reflect.Interface {
			if d.IsNil() {
				return d, -1
			}
			d = d.Elem()
		}
	}
	if h, ok := heldBox(d); ok {
		// one of the lowering's boxes (in an interface a cell declared)
		d = unboxError(h)
	}
	if interpreted {
		d = unboxError(d)
		if i, v, ok := p.byTypeName(d); ok {
			return v, i
		}
	}
	if !interpreted && d.IsValid() {
		if name, ok := baseName(d.Type()); ok {
			// a notebook type declared from one of rt's bases (bases.go),
			// put in the interface before it had methods
			for i := range p.nodes {
				if p.nodes[i].Name == name {
					return d, i
				}
			}
			return d, -1
		}
	}
	if n == nil {
		n = &anyNode // in a compiled type: an interface{} or another
	}
	if p.resolve == nil || !n.Iface {
		return d, -1
	}
	if !interpreted {
		if named(d.Type()) {
			return d, -1 // a compiled type's value
		}
		k := d.Kind()
		if k == reflect.Pointer {
			k = d.Type().Elem().Kind()
		}
		switch {
		case k == reflect.Struct:
		case k == reflect.Slice || k == reflect.Array || k == reflect.Map:
			// a composite of cell types ([]Money is []int64 here), when
			// the resolver knows it (kernel/check's anycomp.go)
		case n.Empty:
			return d, -1 // an int in an any is an int
		}
	}
	if !d.CanInterface() {
		return d, -1
	}
	i, box := p.resolve(d.Interface())
	if i < 0 || box == nil {
		return d, -1
	}
	v := reflect.ValueOf(box).Index(0)
	return v, p.namesake(orig, v, i)
}

// byTypeName returns the value d holds, when d is yaegi's valueInterface
// of a notebook value that tells its type (rt.TypeName), with the Node of
// that type, found by name (-1 when the table has none: the type has no
// methods fmt calls and prints as the value it holds). The resolver's
// assertions fail on such a value of a basic underlying type (an F
// float64 in an any), or take it for another type of that underlying
// type.
func (p *printer) byTypeName(d reflect.Value) (int, reflect.Value, bool) {
	if valueInterfaceType(d) == nil || !d.CanInterface() {
		return -1, d, false
	}
	name := TypeName(d.Interface())
	if name == "" {
		return -1, d, false
	}
	v := d
	for v.IsValid() && valueInterfaceType(v) != nil {
		inner, ok := heldValue(v)
		if !ok {
			return -1, d, false
		}
		v = inner
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
	}
	if !v.IsValid() {
		return -1, d, false
	}
	for i := range p.nodes {
		if p.nodes[i].named(name) {
			return i, v, true
		}
	}
	return -1, v, true
}

// valueInterfaceType returns v's type when it is yaegi's valueInterface,
// else nil.
func valueInterfaceType(v reflect.Value) reflect.Type {
	if t := v.Type(); t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == yaegiPath+"/interp" {
		return t
	}
	return nil
}

// unboxError returns the notebook value in d when d is the box a
// notebook error of a struct type with value receivers goes to compiled
// code in (kernel/check's errs.go: a pointer to an interpreted struct{ V
// any; F func() string }), or the box a nil pointer of a notebook type
// goes to a compiled interface in (NilBoxTag), else d.
func unboxError(d reflect.Value) reflect.Value {
	if d.Kind() != reflect.Pointer || d.IsNil() {
		return d
	}
	s := d.Elem()
	t := s.Type()
	if t.Kind() != reflect.Struct || t.NumField() < 2 || t.Field(0).Name != "V" || t.Field(0).Type.Kind() != reflect.Interface {
		return d
	}
	if _, nilBox := t.Field(0).Tag.Lookup(NilBoxTag); !nilBox &&
		(t.NumField() != 2 || t.Field(1).Name != "F" || t.Field(1).Type != reflect.TypeFor[func() string]()) {
		return d
	}
	if v := s.Field(0); !v.IsNil() {
		return v.Elem()
	}
	return d
}

// NilBoxTag is the key of the tag of the first field, V, of the boxes
// kernel/check's lowering gives a nil pointer of a notebook type going to
// an interface of a compiled package (fmt.Stringer, io.Writer): yaegi
// v0.16.1 made the interface nil. The box is a pointer to an interpreted
// struct { V any; F0 ...; Fn ... } whose methods call the pointer's.
const NilBoxTag = "gofuturesnilbox"

// held returns what v holds when it is a value of an interface type
// (an interface in reflection, or yaegi's wrapper of a value of an
// interface a cell declared); ok is false for other values.
func (p *printer) held(v reflect.Value, n *Node) (d reflect.Value, ok bool) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}, true
		}
		return v.Elem(), true
	}
	if n != nil && n.Iface && v.IsValid() {
		return v, true
	}
	return v, false
}

// nilInterface reports whether v is a nil interface: invalid, or
// yaegi's zero wrapper of an interpreted interface value (a nil value
// of an interface a cell declared, inside a struct).
func nilInterface(v reflect.Value) bool {
	if !v.IsValid() {
		return true
	}
	if t := valueInterfaceType(v); t == nil || t.NumField() == 0 {
		return false
	}
	f := v.Field(0)
	return f.Kind() == reflect.Pointer && f.IsNil()
}

// anyNode is the Node of interface{}.
var anyNode = Node{Name: "interface {}", Iface: true, Empty: true}

// yaegiPath prefixes the packages of the interpreter's own types (its
// wrappers of interpreted values).
const yaegiPath = "github.com/traefik/yaegi"

// named reports whether t is, or points to, a type a package declares
// (not float64: a notebook's type literal float64 is one in yaegi).
func named(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name() != "" && t.PkgPath() != ""
}

// exported reports whether a field's name is exported.
func exported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// Extra is what fmt appends to a formatted text for operands its format
// did not use, "%!(EXTRA main.N=b, []main.N=[x])", with the types named
// as a Go program names them (fmt itself names the interpreter's types):
// each of xs an operand as it is or a value Fmt (or FmtAny) made. The
// lowering appends a %v for it to the format.
func Extra(xs ...any) fmt.Formatter { return extra(xs) }

type extra []any

// Format writes the report as fmt writes it.
func (e extra) Format(s fmt.State, _ rune) {
	var b strings.Builder
	b.WriteString("%!(EXTRA ")
	for i, x := range e {
		if i > 0 {
			b.WriteString(", ")
		}
		v, ok := x.(*value)
		switch {
		case x == nil:
			b.WriteString("<nil>")
			continue
		case !ok:
			b.WriteString(reflect.TypeOf(x).String())
		default:
			name, null := v.typeName()
			if null {
				b.WriteString("<nil>")
				continue
			}
			b.WriteString(name)
		}
		b.WriteByte('=')
		fmt.Fprintf(&b, "%v", x)
	}
	b.WriteByte(')')
	_, _ = io.WriteString(s, b.String())
}

// typeName is the type of the value x holds as a Go program names it
// (the dynamic type of one held in an interface), or null for a nil
// interface.
func (x *value) typeName() (name string, null bool) {
	p := &printer{verb: 'v', nodes: x.nodes, resolve: x.resolve}
	v, n := x.v, 0
	if d, ok := p.held(v, p.node(n)); ok {
		if nilInterface(d) {
			return "", true
		}
		v, n = p.dynamic(d, p.node(n))
	}
	return p.typeName(v, p.node(n)), false
}
