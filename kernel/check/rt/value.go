package rt

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/gofutures/gofutures/internal/typemark"
)

// printValue prints v (of Node n) at depth (0 for the argument itself),
// as fmt's printValue does. ro is set below an unexported field: fmt
// calls no methods there.
func (p *printer) printValue(v reflect.Value, ni, depth int, ro bool) {
	n := p.node(ni)
	if d, ok := p.held(v, n); ok && depth > 0 {
		if nilInterface(d) {
			if p.sharpV {
				p.buf.WriteString(p.typeName(v, n) + "(nil)")
			} else {
				p.buf.WriteString("<nil>")
			}
			return
		}
		orig := d
		d, dn := p.dynamic(d, n)
		if w, ok := p.wrapperAsIs(orig, dn, ro); ok {
			d = w
		}
		p.printValue(d, dn, depth+1, ro)
		return
	}
	if depth > 0 && p.handleMethods(v, n, ro) {
		return
	}
	switch v.Kind() {
	case reflect.Invalid:
		switch {
		case depth == 0:
			p.buf.WriteString("<invalid reflect.Value>")
		case p.verb == 'v':
			p.buf.WriteString("<nil>")
		default:
			p.badVerb(v, n, ro)
		}
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		if !strings.ContainsRune(VerbsOf(v.Kind()), p.verb) {
			p.badVerb(v, n, ro)
			return
		}
		format := p.format
		if p.erroring {
			// a bad verb's value: %v with the verb's flags, which for
			// fmt's printing of the kinds is this verb
			format = strings.TrimSuffix(format, "v") + kindVerb(v.Kind())
		}
		fmt.Fprintf(&p.buf, format, plain(v))
	case reflect.Map:
		p.printMap(v, n, depth, ro)
	case reflect.Struct:
		p.printStruct(v, n, depth, ro)
	case reflect.Interface:
		// the argument itself (depth 0): printArg takes the dynamic value
		p.printArg(v, ni)
	case reflect.Array, reflect.Slice:
		p.printList(v, n, depth, ro)
	case reflect.Pointer:
		if depth == 0 && v.Pointer() != 0 {
			switch e := v.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf.WriteByte('&')
				p.printValue(e, elem(n, 0), depth+1, ro)
				return
			}
		}
		p.fmtPointer(v, n, ro)
	default:
		p.fmtPointer(v, n, ro)
	}
}

// elem returns the index of the i-th element Node of n; -1 if none.
func elem(n *Node, i int) int {
	if n == nil || i >= len(n.Elems) {
		return -1
	}
	return n.Elems[i]
}

// typeName is the type of v as a Go program names it.
func (p *printer) typeName(v reflect.Value, n *Node) string {
	if n != nil && n.Name != "" {
		return n.Name
	}
	if !v.IsValid() {
		return "<nil>"
	}
	return typeString(v.Type()) // main.item for a type declared in a function
}

func (p *printer) printMap(v reflect.Value, n *Node, depth int, ro bool) {
	if p.sharpV {
		p.buf.WriteString(p.typeName(v, n))
		if v.IsNil() {
			p.buf.WriteString("(nil)")
			return
		}
		p.buf.WriteByte('{')
	} else {
		p.buf.WriteString("map[")
	}
	keys := sortedKeys(v)
	for i, k := range keys {
		if i > 0 {
			if p.sharpV {
				p.buf.WriteString(", ")
			} else {
				p.buf.WriteByte(' ')
			}
		}
		p.printValue(k, elem(n, 0), depth+1, ro)
		p.buf.WriteByte(':')
		p.printValue(v.MapIndex(k), elem(n, 1), depth+1, ro)
	}
	if p.sharpV {
		p.buf.WriteByte('}')
	} else {
		p.buf.WriteByte(']')
	}
}

func (p *printer) printStruct(v reflect.Value, n *Node, depth int, ro bool) {
	if p.sharpV {
		p.buf.WriteString(p.typeName(v, n))
	}
	nf := typemark.Fields(v.Type())          // without the field the lowering gives a type declared without any
	stale := n != nil && len(n.Fields) != nf // made before the type was redefined
	p.buf.WriteByte('{')
	for i := range nf {
		if i > 0 {
			if p.sharpV {
				p.buf.WriteString(", ")
			} else {
				p.buf.WriteByte(' ')
			}
		}
		name, el := v.Type().Field(i).Name, -1
		switch {
		case stale:
			name = unrenamed(name)
		case n != nil:
			name, el = n.Fields[i], elem(n, i)
		default:
			name = typemark.FieldName(v.Type(), i) // (a type declared in a function)
		}
		if p.plusV || p.sharpV {
			p.buf.WriteString(name + ":")
		}
		f := v.Field(i)
		if !stale {
			f = n.unboxed(f, i)
		}
		p.printValue(f, el, depth+1, ro || !exported(name))
	}
	p.buf.WriteByte('}')
}

// unboxed returns the value of field i of a struct of Node n that the
// lowering holds in an interface{} (FieldZeros): the value it holds, or
// the zero value of the field's type for none; else f.
func (n *Node) unboxed(f reflect.Value, i int) reflect.Value {
	if n == nil || i >= len(n.FieldZeros) || n.FieldZeros[i] == nil || f.Kind() != reflect.Interface {
		return f
	}
	v := reflect.ValueOf(n.FieldZeros[i])
	if !f.IsNil() {
		v = f.Elem()
	}
	for v.IsValid() && valueInterfaceType(v) != nil {
		// yaegi's record of a value of a type with methods
		held, ok := heldValue(v)
		if !ok {
			return f
		}
		v = held
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
	}
	return v
}

// unrenamed returns the name a field the interpreter renamed (xy to Xxy)
// had, by a guess: an X before a lower-case letter or _ is the
// interpreter's.
func unrenamed(name string) string {
	if len(name) > 1 && name[0] == 'X' && (name[1] == '_' || unicode.IsLower(rune(name[1]))) {
		return name[1:]
	}
	return name
}

func (p *printer) printList(v reflect.Value, n *Node, depth int, ro bool) {
	switch p.verb {
	case 's', 'q', 'x', 'X':
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			for i := range b {
				b[i] = byte(v.Index(i).Uint())
			}
			fmt.Fprintf(&p.buf, p.format, b)
			return
		}
	}
	open, sep, close := "[", " ", "]"
	if p.sharpV {
		p.buf.WriteString(p.typeName(v, n))
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.buf.WriteString("(nil)")
			return
		}
		open, sep, close = "{", ", ", "}"
	}
	p.buf.WriteString(open)
	for i := range v.Len() {
		if i > 0 {
			p.buf.WriteString(sep)
		}
		p.printValue(v.Index(i), elem(n, 0), depth+1, ro)
	}
	p.buf.WriteString(close)
}

// fmtPointer prints a pointer, channel, function, map or slice as an
// address, as fmt's fmtPointer does.
func (p *printer) fmtPointer(v reflect.Value, n *Node, ro bool) {
	var u uintptr
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = v.Pointer()
	default:
		p.badVerb(v, n, ro)
		return
	}
	switch p.verb {
	case 'v':
		if p.sharpV {
			p.buf.WriteString("(" + p.typeName(v, n) + ")(")
			if u == 0 {
				p.buf.WriteString("nil")
			} else {
				p.buf.WriteString("0x" + strconv.FormatUint(uint64(u), 16))
			}
			p.buf.WriteByte(')')
			return
		}
		if u == 0 {
			p.pad("<nil>")
			return
		}
		p.pad(p.hex(u))
	case 'p':
		p.pad(p.hex(u))
	case 'b', 'o', 'd', 'x', 'X':
		fmt.Fprintf(&p.buf, p.format, uint64(u))
	default:
		p.badVerb(v, n, ro)
	}
}

// hex spells an address: 0x and hexadecimal digits, without the 0x
// under the # flag (as fmt does).
func (p *printer) hex(u uintptr) string {
	if p.st.Flag('#') && !p.sharpV {
		return strconv.FormatUint(uint64(u), 16)
	}
	return "0x" + strconv.FormatUint(uint64(u), 16)
}

// badVerb prints %!verb(type=value), as fmt does for a verb that does
// not fit the value.
func (p *printer) badVerb(v reflect.Value, n *Node, ro bool) {
	verb, format, sharpV, plusV := p.verb, p.format, p.sharpV, p.plusV
	p.erroring = true
	p.buf.WriteString("%!" + string(verb) + "(")
	if v.IsValid() {
		p.buf.WriteString(p.typeName(v, n) + "=")
		p.verb, p.sharpV, p.plusV = 'v', false, false
		p.format = format[:len(format)-len(string(verb))] + "v"
		p.printValue(v, p.index(n), 0, ro)
	} else {
		p.buf.WriteString("<nil>")
	}
	p.buf.WriteByte(')')
	p.verb, p.format, p.sharpV, p.plusV = verb, format, sharpV, plusV
	p.erroring = false
}

// index returns the index of Node n in the printer's table.
func (p *printer) index(n *Node) int {
	for i := range p.nodes {
		if &p.nodes[i] == n {
			return i
		}
	}
	return -1
}

// kindVerb is the verb fmt's %v is for a value of basic kind k.
func kindVerb(k reflect.Kind) string {
	switch k {
	case reflect.Bool:
		return "t"
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return "g"
	case reflect.String:
		return "s"
	}
	return "d"
}

// VerbsOf lists the verbs fmt takes for a value of the basic kind k
// (any other kind is taken as an integer's).
func VerbsOf(k reflect.Kind) string {
	switch k {
	case reflect.Bool:
		return "tv"
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return "bgGxXfFeEv"
	case reflect.String:
		return "vsxXq"
	}
	return "bcdoOqxXUv"
}

// plain returns v's value as the basic type of its kind (which fmt
// formats as it formats v), also for a value of an unexported field.
func plain(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool()
	case reflect.Int:
		return int(v.Int())
	case reflect.Int8:
		return int8(v.Int())
	case reflect.Int16:
		return int16(v.Int())
	case reflect.Int32:
		return int32(v.Int())
	case reflect.Int64:
		return v.Int()
	case reflect.Uint:
		return uint(v.Uint())
	case reflect.Uint8:
		return uint8(v.Uint())
	case reflect.Uint16:
		return uint16(v.Uint())
	case reflect.Uint32:
		return uint32(v.Uint())
	case reflect.Uint64:
		return v.Uint()
	case reflect.Uintptr:
		return uintptr(v.Uint())
	case reflect.Float32:
		return float32(v.Float())
	case reflect.Float64:
		return v.Float()
	case reflect.Complex64:
		return complex64(v.Complex())
	case reflect.Complex128:
		return v.Complex()
	}
	return v.String()
}
