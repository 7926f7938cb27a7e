package rt

import (
	"encoding/gob"
	"errors"
	"reflect"
	"strconv"
	"sync"

	"github.com/gofutures/gofutures/internal/typemark"
)

// encoding/gob sees a cell's struct type as yaegi made it: its
// unexported fields exported with an X prefix (gob sends them), the
// lowering's marker field sent too. The lowering hands an Encoder's
// Encode and a Decoder's Decode, in place of a value whose static type
// involves a cell's struct, GobEncode and GobDecode of it with its type's
// Table: gob is given a copy of the value of compiled types (structs of
// the exported fields only, reflect.StructOf, recursively through
// pointers, slices, arrays and maps), and a decoded copy is written back
// into the cell's value, whose unexported fields stay as they were. The
// stream's type names are those reflect gives the copies' types, not
// Go's (main.Rec): the values round-trip, and a Go program's stream
// decodes, but the bytes are not Go's. A type gob cannot be given so (an
// interface in it, a type made of itself) is handed to gob as it is.

// GobEncode is enc.Encode(x), box being []T{x}, T the static type t's
// first Node describes: x encoded as Go encodes it.
func GobEncode(enc *gob.Encoder, box any, t *Table) error {
	return gobEncode(enc, reflect.ValueOf(box).Index(0), t)
}

// GobEncodeAny is GobEncode of a value of an interface type, given as it
// is.
func GobEncodeAny(enc *gob.Encoder, x any, t *Table) error {
	return gobEncode(enc, reflect.ValueOf(&x).Elem(), t)
}

func gobEncode(enc *gob.Encoder, v reflect.Value, t *Table) error {
	g := newGober(t)
	g.encoding = true
	n := 0
	if d, ok := g.p.held(v, g.p.node(0)); ok {
		if nilInterface(d) {
			return enc.Encode(nil) // (gob's error)
		}
		v, n = g.p.dynamic(d, g.p.node(0))
		if !v.IsValid() || v.Kind() == reflect.Interface {
			return enc.Encode(nil)
		}
	}
	ct, ok := g.ctype(v.Type(), n)
	if !ok || !v.CanInterface() {
		return enc.EncodeValue(v)
	}
	if v.Kind() == reflect.Pointer && v.IsNil() {
		panic("gob: cannot encode nil pointer of type " + g.name(v, n))
	}
	if g.noExported != "" {
		return errors.New("gob: type " + g.noExported + " has no exported fields")
	}
	c := g.conv(v, n, ct, false)
	if g.err != nil {
		return g.err
	}
	return enc.EncodeValue(c)
}

// GobDecode is dec.Decode(p), box being []P{p}, P the static type t's
// first Node describes: decoded into as Go decodes.
func GobDecode(dec *gob.Decoder, box any, t *Table) error {
	return gobDecode(dec, reflect.ValueOf(box).Index(0), t)
}

// GobDecodeAny is GobDecode of a value of an interface type, given as it
// is.
func GobDecodeAny(dec *gob.Decoder, x any, t *Table) error {
	return gobDecode(dec, reflect.ValueOf(&x).Elem(), t)
}

func gobDecode(dec *gob.Decoder, v reflect.Value, t *Table) error {
	g := newGober(t)
	n := 0
	if d, ok := g.p.held(v, g.p.node(0)); ok {
		if nilInterface(d) {
			return dec.DecodeValue(reflect.Value{})
		}
		v, n = g.p.dynamic(d, g.p.node(0))
		if !v.IsValid() || v.Kind() == reflect.Interface {
			return dec.DecodeValue(reflect.Value{})
		}
	}
	if !v.CanInterface() {
		return dec.DecodeValue(reflect.Value{})
	}
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return dec.DecodeValue(v) // (gob's error)
	}
	ct, ok := g.ctype(v.Type(), n)
	if !ok {
		return dec.DecodeValue(v)
	}
	en := elemNode(g.p.node(n))
	p := reflect.New(ct.Elem())
	p.Elem().Set(g.conv(v.Elem(), en, ct.Elem(), true))
	err := dec.DecodeValue(p)
	g.back(v.Elem(), p.Elem(), en)
	return err
}

// gober converts values of a Table's types to and from the compiled
// types gob is handed.
type gober struct {
	p     *printer
	types map[int]reflect.Type // by Node, nil while being made
	// encoding is set for an encoder (which reads interfaces).
	encoding bool
	// err is gob's error for a value of a cell type in an interface
	// that gob.Register has not registered.
	err error
	// noExported names the first struct type met that has fields but
	// none gob sends (gob's error for it).
	noExported string
}

func newGober(t *Table) *gober {
	return &gober{p: &printer{nodes: t.Nodes, resolve: t.Resolve}, types: map[int]reflect.Type{}}
}

// name is the type of v (of Node n) as Go spells it.
func (g *gober) name(v reflect.Value, n int) string {
	if node := g.p.node(n); node != nil && node.Name != "" {
		return typemark.GoName(node.Name)
	}
	return v.Type().String()
}

// gobField is a field of a cell's struct that gob sends: its index in
// yaegi's type, its name as declared, its Node.
type gobField struct {
	index int
	name  string
	node  int
}

// sent lists the fields of t, a cell's struct type of Node node, that gob
// sends (exported as declared, not a channel or function); ok is false
// when one is held in the lowering's interface{} box.
func sent(t reflect.Type, node *Node) (fs []gobField, declared int, ok bool) {
	for i := range t.NumField() {
		sf := t.Field(i)
		if typemark.IsMarker(sf) {
			continue
		}
		declared++
		if i < len(node.FieldZeros) && node.FieldZeros[i] != nil {
			return nil, 0, false
		}
		name := sf.Name
		if i < len(node.Fields) {
			name = node.Fields[i]
		}
		if k := sf.Type.Kind(); !exported(name) || k == reflect.Chan || k == reflect.Func {
			continue
		}
		f := gobField{index: i, name: name, node: -1}
		if i < len(node.Elems) {
			f.node = node.Elems[i]
		}
		fs = append(fs, f)
	}
	return fs, declared, true
}

// ctype returns the compiled type gob is handed for a value of yaegi's
// type t, of Node n; ok is false where it has none.
func (g *gober) ctype(t reflect.Type, n int) (reflect.Type, bool) {
	node := g.p.node(n)
	if node == nil {
		// a compiled type: an interface{} in it may hold a cell's value
		switch t.Kind() {
		case reflect.Interface:
			return anyType, t.NumMethod() == 0 || g.encoding
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			return g.makeType(t, &Node{})
		}
		return t, true
	}
	if node.Iface {
		// an encoder reads any interface's value; a decoder sets an
		// interface{} only (not yaegi's record of a cell's interface)
		return anyType, node.Empty || g.encoding
	}
	if ct, seen := g.types[n]; seen {
		return ct, ct != nil // (nil: made of itself)
	}
	g.types[n] = nil
	ct, ok := g.makeType(t, node)
	if !ok {
		return nil, false
	}
	g.types[n] = ct
	return ct, true
}

func (g *gober) makeType(t reflect.Type, node *Node) (reflect.Type, bool) {
	elem := func(i int, et reflect.Type) (reflect.Type, bool) {
		return g.ctype(et, nodeAt(node, i))
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		et, ok := elem(0, t.Elem())
		if !ok {
			return nil, false
		}
		switch t.Kind() {
		case reflect.Pointer:
			return reflect.PointerTo(et), true
		case reflect.Slice:
			return reflect.SliceOf(et), true
		}
		return reflect.ArrayOf(t.Len(), et), true
	case reflect.Map:
		kt, ok1 := elem(0, t.Key())
		et, ok2 := elem(1, t.Elem())
		if !ok1 || !ok2 {
			return nil, false
		}
		return reflect.MapOf(kt, et), true
	case reflect.Struct:
		if node.Fields == nil {
			return t, true
		}
		fs, declared, ok := sent(t, node)
		if !ok {
			return nil, false
		}
		var sfs []reflect.StructField
		for _, f := range fs {
			ft, ok := g.ctype(t.Field(f.index).Type, f.node)
			if !ok {
				return nil, false
			}
			sfs = append(sfs, reflect.StructField{Name: f.name, Type: ft})
		}
		if len(sfs) > 0 {
			// the type named, as two cell types of the same fields are
			// two types to gob.Register
			sfs[0].Tag = reflect.StructTag(typemark.Key + ":" + strconv.Quote(node.Name))
		}
		if len(sfs) == 0 && declared > 0 && g.noExported == "" {
			g.noExported = typemark.GoName(node.Name)
		}
		return reflect.StructOf(sfs), true
	}
	return t, true
}

// conv returns v, of Node n, as a value of ct, its compiled type: for a
// decoding's target, maps empty (gob adds to them what it decodes).
func (g *gober) conv(v reflect.Value, n int, ct reflect.Type, target bool) reflect.Value {
	node := g.p.node(n)
	if d, ok := g.p.held(v, node); ok && (node != nil || v.Kind() == reflect.Interface) {
		return g.convHeld(d, node)
	}
	if node == nil {
		node = &Node{}
	}
	if v.Type() == ct && !hasIface(ct, nil) {
		return v
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(ct)
		}
		p := reflect.New(ct.Elem())
		p.Elem().Set(g.conv(v.Elem(), nodeAt(node, 0), ct.Elem(), target))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(ct)
		}
		// to its capacity: gob decodes into the elements it holds
		out := reflect.MakeSlice(ct, v.Cap(), v.Cap())
		full := v.Slice(0, v.Cap())
		for i := range v.Cap() {
			out.Index(i).Set(g.conv(full.Index(i), nodeAt(node, 0), ct.Elem(), target))
		}
		return out.Slice(0, v.Len())
	case reflect.Array:
		out := reflect.New(ct).Elem()
		for i := range v.Len() {
			out.Index(i).Set(g.conv(v.Index(i), nodeAt(node, 0), ct.Elem(), target))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(ct)
		}
		out := reflect.MakeMapWithSize(ct, v.Len())
		if target {
			return out
		}
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(g.conv(it.Key(), nodeAt(node, 0), ct.Key(), false), g.conv(it.Value(), nodeAt(node, 1), ct.Elem(), false))
		}
		return out
	case reflect.Struct:
		if node.Fields == nil {
			return v // a compiled struct, as it is
		}
		fs, _, _ := sent(v.Type(), node)
		out := reflect.New(ct).Elem()
		for j, f := range fs {
			out.Field(j).Set(g.conv(v.Field(f.index), f.node, ct.Field(j).Type, target))
		}
		return out
	}
	return v.Convert(ct)
}

// back writes src, the decoded copy of compiled type, into dst (settable,
// of Node n) as gob decodes into dst in Go: unexported fields left,
// pointers allocated where nil, a slice's elements within its capacity
// reused, a map's decoded entries added.
func (g *gober) back(dst, src reflect.Value, n int) {
	if dst.Kind() == reflect.Interface && src.Kind() == reflect.Interface {
		dst.Set(gobCellValue(src))
		return
	}
	if dst.Type() == src.Type() && !hasIface(dst.Type(), nil) {
		dst.Set(src)
		return
	}
	node := g.p.node(n)
	if node == nil {
		node = &Node{}
	}
	switch dst.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		g.back(dst.Elem(), src.Elem(), nodeAt(node, 0))
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		k := src.Len()
		if dst.Cap() >= k {
			dst.SetLen(k)
		} else {
			dst.Set(reflect.MakeSlice(dst.Type(), k, k))
		}
		for i := range k {
			g.back(dst.Index(i), src.Index(i), nodeAt(node, 0))
		}
	case reflect.Array:
		for i := range dst.Len() {
			g.back(dst.Index(i), src.Index(i), nodeAt(node, 0))
		}
	case reflect.Map:
		if src.IsNil() {
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.MakeMapWithSize(dst.Type(), src.Len()))
		}
		for it := src.MapRange(); it.Next(); {
			k := reflect.New(dst.Type().Key()).Elem()
			g.back(k, it.Key(), nodeAt(node, 0))
			e := reflect.New(dst.Type().Elem()).Elem()
			g.back(e, it.Value(), nodeAt(node, 1))
			dst.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if node.Fields == nil {
			dst.Set(src)
			return
		}
		fs, _, _ := sent(dst.Type(), node)
		for j, f := range fs {
			g.back(dst.Field(f.index), src.Field(j), f.node)
		}
	default:
		dst.Set(src.Convert(dst.Type()))
	}
}

// convHeld converts the value d an interface (of Node node) holds: an
// interface{} holding its dynamic value converted, or gob's error where
// that is of a cell's type gob.Register has not registered.
func (g *gober) convHeld(d reflect.Value, node *Node) reflect.Value {
	out := reflect.New(anyType).Elem()
	if nilInterface(d) {
		return out
	}
	d, dn := g.p.dynamic(d, node)
	if !d.IsValid() || d.Kind() == reflect.Interface {
		return out
	}
	ct, ok := g.ctype(d.Type(), dn)
	if !ok || !d.CanInterface() {
		return out
	}
	if ct != d.Type() {
		base := ct
		for base.Kind() == reflect.Pointer {
			base = base.Elem()
		}
		if _, ok := gobRegistry.Load(base); !ok && g.err == nil {
			name := g.name(d, dn)
			for len(name) > 0 && name[0] == '*' {
				name = name[1:]
			}
			g.err = errors.New("gob: type not registered for interface: " + name)
		}
	}
	out.Set(g.conv(d, dn, ct, false))
	return out
}

// gobReg is a cell type gob.Register registered: its compiled type's
// values decode to values of cell, of Node node of table.
type gobReg struct {
	cell  reflect.Type
	table *Table
	node  int
}

// gobRegistry holds the gobRegs by the compiled types registered.
var gobRegistry sync.Map

// gobCellValue is src, a value an interface{} gob decoded into holds,
// as the cell's value it stands for when its type is a registered one's.
func gobCellValue(src reflect.Value) reflect.Value {
	if src.IsNil() {
		return src
	}
	e := src.Elem()
	base := e.Type()
	if base.Kind() == reflect.Pointer {
		base = base.Elem()
	}
	r, ok := gobRegistry.Load(base)
	if !ok {
		return src
	}
	reg := r.(gobReg)
	out := reflect.New(reg.cell)
	if e.Kind() == reflect.Pointer {
		if !e.IsNil() {
			newGober(reg.table).back(out.Elem(), e.Elem(), reg.node)
		}
		return out
	}
	newGober(reg.table).back(out.Elem(), e, reg.node)
	return out.Elem()
}

// GobRegister is gob.Register(x), box being []T{x}: a cell type's value
// registered as Go registers it, under its Go name.
func GobRegister(box any, t *Table) {
	gobRegister("", reflect.ValueOf(box).Index(0), t)
}

// GobRegisterAny is GobRegister of a value of an interface type.
func GobRegisterAny(x any, t *Table) {
	gobRegister("", reflect.ValueOf(&x).Elem(), t)
}

// GobRegisterName is gob.RegisterName(name, x), box being []T{x}.
func GobRegisterName(name string, box any, t *Table) {
	gobRegister(name, reflect.ValueOf(box).Index(0), t)
}

func gobRegister(name string, v reflect.Value, t *Table) {
	g := newGober(t)
	n := 0
	if d, ok := g.p.held(v, g.p.node(0)); ok && !nilInterface(d) {
		v, n = g.p.dynamic(d, g.p.node(0))
	}
	if !v.IsValid() || !v.CanInterface() || v.Kind() == reflect.Interface {
		gob.Register(nil) // (gob's panic)
	}
	ct, ok := g.ctype(v.Type(), n)
	if !ok || ct == v.Type() {
		if name == "" {
			gob.Register(v.Interface())
		} else {
			gob.RegisterName(name, v.Interface())
		}
		return
	}
	if name == "" {
		name = g.name(v, n)
	}
	gob.RegisterName(name, reflect.Zero(ct).Interface())
	base, cell, bn := ct, v.Type(), n
	for base.Kind() == reflect.Pointer {
		base, cell, bn = base.Elem(), cell.Elem(), elemNode(g.p.node(bn))
	}
	gobRegistry.Store(base, gobReg{cell: cell, table: t, node: bn})
}

// nodeAt is the i'th of node's Elems, -1 where it has none.
func nodeAt(node *Node, i int) int {
	if i >= len(node.Elems) {
		return -1
	}
	return node.Elems[i]
}

// hasIface reports whether a value of t may hold an interface{} (in
// which gob may find or put a cell's value).
func hasIface(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	if seen == nil {
		seen = map[reflect.Type]bool{}
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Interface:
		return t.NumMethod() == 0
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return hasIface(t.Elem(), seen)
	case reflect.Map:
		return hasIface(t.Key(), seen) || hasIface(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if hasIface(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}
