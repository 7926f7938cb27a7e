package rt

import (
	"bytes"
	"encoding/xml"
	"reflect"
)

// xml.Unmarshal into a cell's struct sees yaegi's type: an embedded
// struct is a field like another, an unexported field is exported with
// an X prefix, and a cell type's UnmarshalXML, UnmarshalXMLAttr and
// UnmarshalText are never called. The lowering hands xml, in place of the
// pointer to decode into, XMLTarget of it: an Unmarshaler that decodes
// into the value as xml decodes in a Go program, through xml itself for
// a struct (into a struct of compiled types standing for its fields).

// XMLTarget returns what xml.Unmarshal, a Decoder's Decode and
// DecodeElement decode into in place of the pointer box holds ([]P{p}, P
// of the static type t describes): p itself when it is nil, no pointer or
// of a type xml sees right.
func XMLTarget(box any, t *Table) any {
	return xmlTarget(reflect.ValueOf(box).Index(0), t)
}

// XMLTargetAny is XMLTarget of a value of an interface type.
func XMLTargetAny(x any, t *Table) any {
	return xmlTarget(reflect.ValueOf(&x).Elem(), t)
}

func xmlTarget(v reflect.Value, t *Table) any {
	x := newXMLer(t)
	n := 0
	if d, ok := x.p.held(v, x.p.node(0)); ok {
		if nilInterface(d) {
			return nil
		}
		v, n = x.p.dynamic(d, x.p.node(0))
	}
	if !v.IsValid() || !v.CanInterface() {
		return nil
	}
	if v.Kind() != reflect.Pointer || v.IsNil() || !x.needs(elemNode(x.p.node(n))) {
		return v.Interface()
	}
	return &xmlSlot{x: x, v: v.Elem(), n: elemNode(x.p.node(n))}
}

// xmlSlot decodes into v, of Node n: an element, an attribute or
// character data, as xml decodes them into a value of v's type in Go.
type xmlSlot struct {
	x *xmler
	v reflect.Value
	n int
}

// UnmarshalXML decodes an element.
func (s *xmlSlot) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	return s.x.decode(d, start, s.v, s.n)
}

// UnmarshalXMLAttr decodes an attribute.
func (s *xmlSlot) UnmarshalXMLAttr(a xml.Attr) error {
	return s.x.decodeAttr(a, s.v, s.n)
}

// UnmarshalText decodes a struct's character data.
func (s *xmlSlot) UnmarshalText(b []byte) error {
	return s.x.decodeText(b, s.v, s.n)
}

var slotType = reflect.TypeFor[*xmlSlot]()

// decode decodes the element start begins into v (settable) of Node n.
func (x *xmler) decode(d *xml.Decoder, start xml.StartElement, v reflect.Value, n int) error {
	node := x.p.node(n)
	if h, ok := x.p.held(v, node); ok {
		// xml decodes into the pointer an interface holds, else skips
		if !nilInterface(h) {
			if p, pn := x.p.dynamic(h, node); p.Kind() == reflect.Pointer && !p.IsNil() {
				return x.decode(d, start, p.Elem(), elemNode(x.p.node(pn)))
			}
		}
		return d.Skip()
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return x.decode(d, start, v.Elem(), elemNode(node))
	}
	if node == nil || !x.needs(n) {
		return d.DecodeElement(v.Addr().Interface(), &start)
	}
	if f, recv := pick(node.UnmarshalXML, node.PtrUnmarshalXML, v); f != nil {
		return errorOf(invoke(f, recv, reflect.ValueOf(d), reflect.ValueOf(start))[0])
	}
	if f, recv := pick(node.UnmarshalText, node.PtrUnmarshalText, v); f != nil {
		text, err := charData(d)
		if err != nil {
			return err
		}
		return callUnmarshal(f, recv, text)
	}
	switch v.Kind() {
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 {
			k := v.Len()
			v.Grow(1)
			v.SetLen(k + 1)
			if err := x.decode(d, start, v.Index(k), node.Elems[0]); err != nil {
				v.SetLen(k)
				return err
			}
			return nil
		}
	case reflect.Struct:
		if node.Fields != nil {
			s, done := x.stand(v, node)
			err := d.DecodeElement(s.Interface(), &start)
			done()
			return err
		}
	}
	return d.DecodeElement(v.Addr().Interface(), &start)
}

// charData reads the rest of an element, returning its character data
// (not that of elements in it), as xml does for an UnmarshalText.
func charData(d *xml.Decoder) ([]byte, error) {
	var buf []byte
	for depth := 1; depth > 0; {
		t, err := d.Token()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.CharData:
			if depth == 1 {
				buf = append(buf, t...)
			}
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return buf, nil
}

// decodeAttr decodes an attribute into v (settable) of Node n.
func (x *xmler) decodeAttr(a xml.Attr, v reflect.Value, n int) error {
	node := x.p.node(n)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v, node = v.Elem(), x.p.node(elemNode(node))
	}
	if node != nil && !node.Iface {
		if f, recv := pick(node.UnmarshalXMLAttr, node.PtrUnmarshalXMLAttr, v); f != nil {
			return errorOf(invoke(f, recv, reflect.ValueOf(a))[0])
		}
		if f, recv := pick(node.UnmarshalText, node.PtrUnmarshalText, v); f != nil {
			return callUnmarshal(f, recv, []byte(a.Value))
		}
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() != reflect.Uint8 {
			k := v.Len()
			v.Grow(1)
			v.SetLen(k + 1)
			if err := x.decodeAttr(a, v.Index(k), node.Elems[0]); err != nil {
				v.SetLen(k)
				return err
			}
			return nil
		}
	}
	return plainText(v, []byte(a.Value))
}

// decodeText decodes a struct's character data into v (settable) of
// Node n.
func (x *xmler) decodeText(b []byte, v reflect.Value, n int) error {
	if node := x.p.node(n); node != nil && !node.Iface {
		if f, recv := pick(node.UnmarshalText, node.PtrUnmarshalText, v); f != nil {
			return callUnmarshal(f, recv, b)
		}
	}
	return plainText(v, b)
}

// plainText sets v from text as xml sets a value of v's type from an
// attribute or character data: by xml itself, decoding the text into a
// struct of such a field.
func plainText(v reflect.Value, text []byte) error {
	t := reflect.StructOf([]reflect.StructField{{Name: "V", Type: v.Type(), Tag: `xml:",chardata"`}})
	s := reflect.New(t)
	s.Elem().Field(0).Set(v)
	var doc bytes.Buffer
	doc.WriteString("<v>")
	if err := xml.EscapeText(&doc, text); err != nil {
		return err
	}
	doc.WriteString("</v>")
	err := xml.Unmarshal(doc.Bytes(), s.Interface())
	v.Set(s.Elem().Field(0))
	return err
}

// stand returns a pointer to a struct that xml decodes into as into the
// cell's struct v (of Node node) in Go: its fields under their names and
// tags, embedded structs embedded; a field of a type xml sees wrongly an
// xmlSlot, another a copy of it, copied back by done.
func (x *xmler) stand(v reflect.Value, node *Node) (s reflect.Value, done func()) {
	var sfs []reflect.StructField
	var vals []reflect.Value
	var copies []reflect.Value // by field of the struct, those copied back
	var after []func()
	for f := range cellFields(v, node) {
		tag := f.sf.Tag.Get("xml")
		if tag == "-" {
			continue
		}
		if f.embedded && embeddable(f.sf.Type) && !x.ifaceNode(f.node) {
			ev, en := f.val, f.node
			var reset func()
			if ev.Kind() == reflect.Pointer {
				if ev.IsNil() {
					// xml allocates it when a field of it is met: left
					// nil here when nothing was set in it
					ev.Set(reflect.New(ev.Type().Elem()))
					p := f.val
					reset = func() {
						if p.Elem().IsZero() {
							p.SetZero()
						}
					}
				}
				ev, en = ev.Elem(), elemNode(x.p.node(en))
			}
			var c reflect.Value
			if node := x.p.node(en); node != nil && node.Fields != nil {
				var d func()
				c, d = x.stand(ev, node)
				after = append(after, d)
			} else {
				c = ev.Addr()
			}
			if reset != nil {
				after = append(after, reset)
			}
			sfs = append(sfs, reflect.StructField{Name: "E" + itoa(len(sfs)), Type: c.Type(), Anonymous: true})
			vals, copies = append(vals, c), append(copies, reflect.Value{})
			continue
		}
		if !exported(f.name) {
			continue
		}
		sf := reflect.StructField{Name: f.name, Type: f.sf.Type, Tag: xmlTag(tag)}
		if f.name != "XMLName" && x.needs(f.node) && xmlRole(tag) != xmlRaw {
			sf.Type, sf.Tag = slotType, xmlTag(namedTag(tag, f.sf.Type))
			vals, copies = append(vals, reflect.ValueOf(&xmlSlot{x: x, v: f.val, n: f.node})), append(copies, reflect.Value{})
		} else {
			vals, copies = append(vals, f.val), append(copies, f.val)
		}
		sfs = append(sfs, sf)
	}
	p := reflect.New(reflect.StructOf(sfs))
	for i, c := range vals {
		p.Elem().Field(i).Set(c)
	}
	return p, func() {
		for i, c := range copies {
			if c.IsValid() {
				c.Set(p.Elem().Field(i))
			}
		}
		for _, f := range after {
			f()
		}
	}
}

// namedTag returns the xml tag of a field of type t, with the name xml
// gives it from t's XMLName where the tag gives none (an xmlSlot has no
// XMLName field).
func namedTag(tag string, t reflect.Type) string {
	if ns, name := tagName(tag); ns != "" || name != "" {
		return tag
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return tag
	}
	sf, ok := t.FieldByName("XMLName")
	if !ok || len(sf.Index) != 1 {
		return tag
	}
	ns, name := tagName(sf.Tag.Get("xml"))
	if name == "" {
		return tag
	}
	if ns != "" {
		name = ns + " " + name
	}
	return name + tag
}
