package rt

import (
	"encoding/xml"
	"reflect"
	"strings"
)

// encoding/xml sees a cell's struct type as yaegi made it: unnamed (a
// value of it has no element name), its unexported fields exported with
// an X prefix, its embedded structs fields like others, and without
// methods (MarshalXML, MarshalXMLAttr, MarshalText are never called). The
// lowering hands xml, in place of such a value, XML of it with its static
// type's Table: a Marshaler that names the element as Go does and has xml
// encode a copy of the value of compiled types (structs of the fields xml
// sees, embedded ones embedded; the cell types' methods as Marshalers).

// XML returns what xml.Marshal, MarshalIndent and an Encoder's Encode
// encode in place of the value box holds ([]T{x}, x of the static type
// t's first Node describes), encoded as Go encodes x.
func XML(box any, t *Table) any {
	return &xmlRoot{x: newXMLer(t), v: boxed(box)}
}

// XMLAny is XML of a value of an interface type, given as it is.
func XMLAny(x any, t *Table) any {
	return &xmlRoot{x: newXMLer(t), v: reflect.ValueOf(&x).Elem()}
}

// XMLElement is XML for an Encoder's EncodeElement, whose start element
// names the value.
func XMLElement(box any, t *Table) any {
	return &xmlRoot{x: newXMLer(t), v: boxed(box), element: true}
}

// XMLElementAny is XMLElement of a value of an interface type.
func XMLElementAny(x any, t *Table) any {
	return &xmlRoot{x: newXMLer(t), v: reflect.ValueOf(&x).Elem(), element: true}
}

// xmler converts values of a Table's types for encoding/xml.
type xmler struct {
	p *printer
	needSet
}

func newXMLer(t *Table) *xmler {
	return &xmler{p: &printer{nodes: t.Nodes, resolve: t.Resolve}, needSet: needSet{nodes: t.Nodes, own: xmlOwn}}
}

// xmlOwn reports whether xml must be handed a value of a Node converted:
// a struct of a cell, an interface, a cell type with one of the methods
// xml calls.
func xmlOwn(n *Node) bool {
	return n.Iface || n.Fields != nil || n.MarshalText != nil || n.PtrMarshalText != nil || n.UnmarshalText != nil || n.PtrUnmarshalText != nil ||
		n.MarshalXML != nil || n.PtrMarshalXML != nil || n.UnmarshalXML != nil || n.PtrUnmarshalXML != nil ||
		n.MarshalXMLAttr != nil || n.PtrMarshalXMLAttr != nil || n.UnmarshalXMLAttr != nil || n.PtrUnmarshalXMLAttr != nil
}

// xmlRoot is the value handed to xml: it encodes v, of the table's first
// Node.
type xmlRoot struct {
	x       *xmler
	v       reflect.Value
	element bool // for EncodeElement: the start element names v
}

// MarshalXML encodes the value as Go encodes it.
func (r *xmlRoot) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	var tmpl *xml.StartElement
	if r.element {
		tmpl = &start
	}
	return r.x.root(e, r.v, 0, tmpl)
}

// root encodes v (of Node n) as xml encodes a value at the top: pointers
// and interfaces followed, a slice's elements each an element, one named
// by start, else by its XMLName field or its type.
func (x *xmler) root(e *xml.Encoder, v reflect.Value, n int, start *xml.StartElement) error {
	v, n = x.drill(v, n)
	if !v.IsValid() {
		return nil
	}
	node := x.p.node(n)
	if node == nil { // of a compiled type
		if !v.CanInterface() {
			return nil
		}
		if start != nil {
			return e.EncodeElement(v.Interface(), *start)
		}
		return e.Encode(v.Interface())
	}
	c := x.methods(v, node, xmlElement)
	if !c.IsValid() {
		if k := v.Kind(); (k == reflect.Slice || k == reflect.Array) && v.Type().Elem().Kind() != reflect.Uint8 {
			for i := range v.Len() {
				if err := x.root(e, v.Index(i), node.Elems[0], start); err != nil {
					return err
				}
			}
			return nil
		}
		c = x.conv(v, n, xmlElement)
	}
	if start != nil {
		return e.EncodeElement(c.Interface(), *start)
	}
	name, ok := xmlNameOf(c)
	if !ok {
		name.Local = typeName(node.Name)
	}
	if name.Local == "" {
		return xmlUnsupported{node.Name}
	}
	return e.EncodeElement(c.Interface(), xml.StartElement{Name: name})
}

// drill follows v's pointers and interfaces, as xml does; invalid for a
// nil one.
func (x *xmler) drill(v reflect.Value, n int) (reflect.Value, int) {
	for v.IsValid() {
		node := x.p.node(n)
		if d, ok := x.p.held(v, node); ok {
			if nilInterface(d) {
				return reflect.Value{}, -1
			}
			v, n = x.p.dynamic(d, node)
			if v.Kind() == reflect.Interface {
				return reflect.Value{}, -1 // a nil in yaegi's wrapper
			}
			continue
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if v.IsNil() {
			return reflect.Value{}, -1
		}
		v, n = v.Elem(), elemNode(node)
	}
	return v, n
}

// elemNode is the Node of what node's pointer points to, -1 if none.
func elemNode(node *Node) int {
	if node == nil || len(node.Elems) == 0 {
		return -1
	}
	return node.Elems[0]
}

// typeName is the name xml gives a value of the type a Node spells
// (Pair for main.Pair[int]), "" for an unnamed type.
func typeName(name string) string {
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	if name == "" || strings.ContainsAny(name, " {*(") {
		return ""
	}
	return shortName(name)
}

// xmlNameOf returns the name the XMLName field of c, a converted struct,
// gives it: its tag's, else its value when that has a name.
func xmlNameOf(c reflect.Value) (xml.Name, bool) {
	if c.Kind() != reflect.Struct {
		return xml.Name{}, false
	}
	sf, ok := c.Type().FieldByName("XMLName")
	if !ok || sf.Tag.Get("xml") == "-" {
		return xml.Name{}, false
	}
	if ns, name := tagName(sf.Tag.Get("xml")); name != "" {
		return xml.Name{Space: ns, Local: name}, true
	}
	fv, err := c.FieldByIndexErr(sf.Index)
	if err != nil || !fv.CanInterface() {
		return xml.Name{}, false
	}
	name, ok := fv.Interface().(xml.Name)
	return name, ok && name.Local != ""
}

// tagName returns the name space and the name an xml tag gives.
func tagName(tag string) (ns, name string) {
	if a, b, ok := strings.Cut(tag, " "); ok {
		ns, tag = a, b
	}
	name, _, _ = strings.Cut(tag, ",")
	return ns, name
}

// The roles of a field's value in xml, by its tag.
const (
	xmlElement = iota
	xmlAttr    // ,attr
	xmlText    // ,chardata and ,cdata: MarshalText only
	xmlRaw     // ,innerxml and ,comment: no methods
)

// xmlRole returns the role an xml tag gives a field's value.
func xmlRole(tag string) int {
	_, flags, _ := strings.Cut(tag, ",")
	for f := range strings.SplitSeq(flags, ",") {
		switch f {
		case "attr":
			return xmlAttr
		case "chardata", "cdata":
			return xmlText
		case "innerxml", "comment":
			return xmlRaw
		}
	}
	return xmlElement
}

// conv returns v (of Node n, in role) as a value of compiled types that xml
// encodes as Go encodes v.
func (x *xmler) conv(v reflect.Value, n, role int) reflect.Value {
	node := x.p.node(n)
	if d, ok := x.p.held(v, node); ok {
		out := reflect.New(anyType).Elem()
		if nilInterface(d) {
			return out
		}
		if d, dn := x.p.dynamic(d, node); d.IsValid() && d.Kind() != reflect.Interface {
			if c := x.conv(d, dn, role); c.IsValid() {
				out.Set(c)
			}
		}
		return out
	}
	if !v.IsValid() || node == nil || !x.needs(n) {
		return v
	}
	if c := x.methods(v, node, role); c.IsValid() {
		return c
	}
	switch v.Kind() {
	case reflect.Map:
		return reflect.ValueOf(xmlUnsupported{node.Name}) // xml encodes no map
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.New(anyType).Elem()
		}
		c := x.conv(v.Elem(), node.Elems[0], role)
		p := reflect.New(c.Type())
		p.Elem().Set(c)
		return p
	case reflect.Struct:
		if role == xmlAttr {
			return reflect.ValueOf(xmlUnsupported{node.Name})
		}
		if node.Fields != nil {
			return x.object(v, node)
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() != reflect.Uint8 && !(v.Kind() == reflect.Slice && v.IsNil()) {
			return x.list(v, node, role)
		}
	}
	return v
}

// list converts a slice or an array: a slice of the converted elements'
// type, []any where they differ or are of an interface type.
func (x *xmler) list(v reflect.Value, node *Node, role int) reflect.Value {
	en := node.Elems[0]
	cs := make([]reflect.Value, v.Len())
	et := anyType
	for i := range cs {
		cs[i] = x.conv(v.Index(i), en, role)
		switch {
		case i == 0:
			et = cs[i].Type()
		case cs[i].Type() != et:
			et = anyType
		}
	}
	if en := x.p.node(en); en != nil && en.Iface {
		et = anyType
	}
	out := reflect.MakeSlice(reflect.SliceOf(et), len(cs), len(cs))
	for i, c := range cs {
		out.Index(i).Set(c)
	}
	return out
}

// object converts the struct v of Node node: a struct of the fields xml
// sees, under their names and tags, embedded structs embedded.
func (x *xmler) object(v reflect.Value, node *Node) reflect.Value {
	var sfs []reflect.StructField
	var vals []reflect.Value
	for f := range cellFields(v, node) {
		f = unboxedField(f, node)
		tag := f.sf.Tag.Get("xml")
		if tag == "-" {
			continue
		}
		if f.embedded && embeddable(f.sf.Type) && !x.ifaceNode(f.node) {
			c := x.embeddedValue(f)
			sfs = append(sfs, reflect.StructField{Name: "E" + itoa(len(sfs)), Type: c.Type(), Anonymous: true})
			vals = append(vals, c)
			continue
		}
		if !exported(f.name) {
			continue
		}
		c := f.val
		if !(strings.Contains(tag, ",omitempty") && empty(f.val)) { // (an empty value is left out as it is)
			c = x.conv(f.val, f.node, xmlRole(tag))
		}
		sfs = append(sfs, reflect.StructField{Name: f.name, Type: c.Type(), Tag: xmlTag(tag)})
		vals = append(vals, c)
	}
	s := reflect.New(reflect.StructOf(sfs)).Elem()
	for i, c := range vals {
		s.Field(i).Set(c)
	}
	if !v.CanAddr() {
		return reflect.ValueOf(s.Interface()) // no more addressable than v
	}
	return s
}

// embeddedValue converts an embedded struct, or pointer to one, of a
// cell's struct: xml promotes its fields (a nil pointer's are left out).
func (x *xmler) embeddedValue(f cellField) reflect.Value {
	v, n := f.val, f.node
	if v.Kind() != reflect.Pointer {
		if node := x.p.node(n); node != nil && node.Fields != nil {
			return x.object(v, node)
		}
		return v
	}
	node := x.p.node(elemNode(x.p.node(n)))
	if node == nil || node.Fields == nil {
		return v
	}
	if v.IsNil() {
		return reflect.Zero(reflect.PointerTo(x.object(reflect.New(v.Type().Elem()).Elem(), node).Type()))
	}
	c := x.object(v.Elem(), node)
	p := reflect.New(c.Type())
	p.Elem().Set(c)
	return p
}

// embeddable reports whether a field of type t embedded in a cell's
// struct is promoted by xml (a struct, or a pointer to one), and can be
// embedded in a struct reflect makes (a compiled type without methods).
// ifaceNode reports whether the Node n is an interface's: an embedded
// field of a cell's interface is a field named as its type (yaegi's
// record of its value is a struct, which embeddable takes).
func (x *xmler) ifaceNode(n int) bool {
	return n >= 0 && n < len(x.p.nodes) && x.p.nodes[n].Iface
}

func embeddable(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && reflect.PointerTo(t).NumMethod() == 0
}

// xmlTag is the tag of a converted field: its xml tag only.
func xmlTag(tag string) reflect.StructTag {
	if tag == "" {
		return ""
	}
	return reflect.StructTag(`xml:"` + strings.ReplaceAll(tag, `"`, `\"`) + `"`)
}

// methods returns, when xml calls a method of the cell type of v (of
// Node node) in role, a value that calls it (a Marshaler, a
// MarshalerAttr, a TextMarshaler, as the type's own are); invalid when
// none. A method of *T is called where v is addressable, as xml calls it.
func (x *xmler) methods(v reflect.Value, node *Node, role int) reflect.Value {
	c := &xmlCall{v: v}
	c.xml, c.xmlRecv = pick(node.MarshalXML, node.PtrMarshalXML, v)
	c.attr, c.attrRecv = pick(node.MarshalXMLAttr, node.PtrMarshalXMLAttr, v)
	c.text, c.textRecv = pick(node.MarshalText, node.PtrMarshalText, v)
	var m any
	switch {
	case role == xmlElement && c.xml != nil && c.text != nil:
		m = xmlMarshalText{xmlMarshal{c}, xmlTextMarshal{c}}
	case role == xmlElement && c.xml != nil:
		m = xmlMarshal{c}
	case role == xmlAttr && c.attr != nil && c.text != nil:
		m = xmlAttrText{xmlAttrMarshal{c}, xmlTextMarshal{c}}
	case role == xmlAttr && c.attr != nil:
		m = xmlAttrMarshal{c}
	case role != xmlRaw && c.text != nil:
		m = xmlTextMarshal{c}
	default:
		return reflect.Value{}
	}
	return reflect.ValueOf(m)
}

// pick returns the method of a value, else of a pointer where v is
// addressable, with the receiver to call it on.
func pick(value, ptr any, v reflect.Value) (any, reflect.Value) {
	switch {
	case value != nil:
		return value, v
	case ptr != nil && v.CanAddr():
		return ptr, v.Addr()
	}
	return nil, reflect.Value{}
}

// xmlCall calls the methods of a cell type's value for xml.
type xmlCall struct {
	v                           reflect.Value
	xml, attr, text             any
	xmlRecv, attrRecv, textRecv reflect.Value
}

type (
	xmlMarshal     struct{ *xmlCall }
	xmlAttrMarshal struct{ *xmlCall }
	xmlTextMarshal struct{ *xmlCall }
	xmlMarshalText struct {
		xmlMarshal
		xmlTextMarshal
	}
	xmlAttrText struct {
		xmlAttrMarshal
		xmlTextMarshal
	}
)

// MarshalXML calls the cell type's MarshalXML.
func (m xmlMarshal) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return errorOf(invoke(m.xml, m.xmlRecv, reflect.ValueOf(e), reflect.ValueOf(start))[0])
}

// MarshalXMLAttr calls the cell type's MarshalXMLAttr.
func (m xmlAttrMarshal) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	out := invoke(m.attr, m.attrRecv, reflect.ValueOf(name))
	a, _ := out[0].Interface().(xml.Attr)
	return a, errorOf(out[1])
}

// MarshalText calls the cell type's MarshalText.
func (m xmlTextMarshal) MarshalText() ([]byte, error) {
	return callMarshal(m.text, m.textRecv)
}

// xmlUnsupported is xml's error for a value of a type it does not encode
// (xml.UnsupportedTypeError), naming the type as Go does; it stands for
// such a value, failing as xml fails to encode it.
type xmlUnsupported struct{ name string }

func (e xmlUnsupported) Error() string { return "xml: unsupported type: " + e.name }

// MarshalXML fails as xml fails for the value's type.
func (e xmlUnsupported) MarshalXML(*xml.Encoder, xml.StartElement) error { return e }

// MarshalXMLAttr fails as xml fails for the value's type.
func (e xmlUnsupported) MarshalXMLAttr(xml.Name) (xml.Attr, error) { return xml.Attr{}, e }
