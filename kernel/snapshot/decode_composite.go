package snapshot

// Decoding of composite values: arrays, slices, maps, pointers, structs
// and interfaces (raw payloads in decode_raw.go, values with encodings of
// their own in decode_special.go).

import (
	"fmt"
	"io"
	"reflect"
	"unsafe"
)

// array reads a tRaw or tArray payload into an array v.
func (d *decoder) array(tag byte, v reflect.Value) {
	if v.IsValid() && v.Kind() != reflect.Array {
		d.mismatch(tag, v.Type())
		v = reflect.Value{}
	}
	n := d.elementsInto(tag, v, -1)
	if v.IsValid() && n != v.Len() {
		d.problem(fmt.Sprintf("had %d elements, the array type now has %d", n, v.Len()))
	}
}

// elementsInto reads the elements of a tRaw or tArray payload into v (an
// addressable array, or a slice as long as the payload) and returns how
// many the payload had; elements beyond v's length are dropped. want,
// when not -1, is the count the caller expects (a slice's backing).
func (d *decoder) elementsInto(tag byte, v reflect.Value, want int) int {
	if tag == tRawStruct {
		l := d.readLayout()
		if want >= 0 && l.count != want {
			panic(fatal{errFormat})
		}
		d.rawStructsInto(l, v)
		return l.count
	}
	if tag == tRaw {
		kind := reflect.Kind(d.readByte())
		n := d.count(kindSize(kind))
		if !rawKind(kind) || (want >= 0 && n != want) {
			panic(fatal{errFormat})
		}
		size := kindSize(kind)
		if !v.IsValid() {
			if _, err := d.r.Discard(n * size); err != nil {
				panic(fatal{errFormat})
			}
			return n
		}
		if v.Type().Elem().Kind() == kind && int(v.Type().Elem().Size()) == size && n <= v.Len() {
			var base unsafe.Pointer
			if v.Kind() == reflect.Slice {
				base = v.UnsafePointer()
			} else {
				base = unsafe.Pointer(v.UnsafeAddr())
			}
			if n > 0 {
				if _, err := io.ReadFull(d.r, unsafe.Slice((*byte)(base), n*size)); err != nil {
					panic(fatal{errFormat})
				}
			}
			return n
		}
		buf := make([]byte, size)
		for i := range n {
			if _, err := io.ReadFull(d.r, buf); err != nil {
				panic(fatal{errFormat})
			}
			if !v.IsValid() || i >= v.Len() {
				continue
			}
			d.path.push(pathPart{kind: 'i', index: i})
			d.rawElem(kind, buf, v.Index(i))
			d.path.pop()
		}
		return n
	}
	n := d.count(1)
	if want >= 0 && n != want {
		panic(fatal{errFormat})
	}
	for i := range n {
		d.path.push(pathPart{kind: 'i', index: i})
		if v.IsValid() && i < v.Len() {
			d.value(v.Index(i))
		} else {
			d.value(reflect.Value{})
		}
		d.path.pop()
	}
	return n
}

func (d *decoder) slice(v reflect.Value) {
	if v.IsValid() && v.Kind() != reflect.Slice {
		d.mismatch(tSlice, v.Type())
		v = reflect.Value{}
	}
	id := d.uv()
	if base, ok := d.ids[id]; ok {
		off, n, c := int(d.uv()), int(d.uv()), int(d.uv())
		if !v.IsValid() {
			return
		}
		if !base.IsValid() {
			d.problem("shares its array with a value that was not restored: left nil")
			return
		}
		if off+c > base.Len() || n > c {
			panic(fatal{errFormat})
		}
		s := base.Slice3(off, off+n, off+c)
		if !s.Type().AssignableTo(v.Type()) {
			d.problem(fmt.Sprintf("shares its array with a %s, is now %s: left nil", s.Type(), v.Type()))
			return
		}
		v.Set(s)
		return
	}
	n := int(d.uv())
	tag := d.readByte()
	if tag != tRaw && tag != tArray && tag != tRawStruct {
		panic(fatal{errFormat})
	}
	if !v.IsValid() {
		d.ids[id] = reflect.Value{}
		d.elementsInto(tag, reflect.Value{}, -1)
		return
	}
	if tag == tRawStruct {
		l := d.readLayout()
		if n > l.count {
			panic(fatal{errFormat})
		}
		full := reflect.MakeSlice(v.Type(), l.count, l.count)
		d.ids[id] = full
		d.rawStructsInto(l, full)
		v.Set(full.Slice3(0, n, l.count))
		return
	}
	// the count of the backing comes first in both payloads
	var c int
	if tag == tRaw {
		kind := d.readByte()
		c = d.count(kindSize(reflect.Kind(kind)))
		full := reflect.MakeSlice(v.Type(), c, c)
		d.ids[id] = full
		d.rawBacking(reflect.Kind(kind), c, full)
		if n > c {
			panic(fatal{errFormat})
		}
		v.Set(full.Slice3(0, n, c))
		return
	}
	c = d.count(1)
	if n > c {
		panic(fatal{errFormat})
	}
	full := reflect.MakeSlice(v.Type(), c, c)
	d.ids[id] = full
	for i := range c {
		d.path.push(pathPart{kind: 'i', index: i})
		d.value(full.Index(i))
		d.path.pop()
	}
	v.Set(full.Slice3(0, n, c))
}

func (d *decoder) mapValue(v reflect.Value) {
	if v.IsValid() && v.Kind() != reflect.Map {
		d.mismatch(tMap, v.Type())
		v = reflect.Value{}
	}
	id := d.uv()
	if m, ok := d.ids[id]; ok {
		d.shared(v, m)
		return
	}
	n := d.count(2)
	var m reflect.Value
	if v.IsValid() {
		m = reflect.MakeMapWithSize(v.Type(), min(n, 1<<20))
		v.Set(m)
	}
	d.ids[id] = m
	for range n {
		var key, val reflect.Value
		if m.IsValid() {
			key = reflect.New(v.Type().Key()).Elem()
		}
		before := d.probs.n
		d.value(key)
		if d.probs.n != before {
			key = reflect.Value{} // a key that did not come back whole: drop the entry
		}
		d.path.push(pathPart{kind: 'k', key: key})
		if key.IsValid() {
			val = reflect.New(v.Type().Elem()).Elem()
		}
		d.value(val)
		d.path.pop()
		if key.IsValid() {
			m.SetMapIndex(key, val)
		}
	}
}

// shared sets v to a value decoded before (a pointer or map held twice).
func (d *decoder) shared(v, old reflect.Value) {
	if !v.IsValid() {
		return
	}
	switch {
	case !old.IsValid():
		d.problem("shares a value that was not restored: left nil")
	case old.Type().AssignableTo(v.Type()):
		v.Set(old)
	default:
		d.problem(fmt.Sprintf("shares a value of type %s, is now %s: left nil", old.Type(), typeString(v.Type())))
	}
}

func (d *decoder) pointer(v reflect.Value) {
	if v.IsValid() && v.Kind() != reflect.Pointer {
		d.mismatch(tPtr, v.Type())
		v = reflect.Value{}
	}
	id := d.uv()
	if p, ok := d.ids[id]; ok {
		d.shared(v, p)
		return
	}
	var p reflect.Value
	if v.IsValid() {
		p = reflect.New(v.Type().Elem())
		v.Set(p)
	}
	d.ids[id] = p
	d.path.push(pathPart{kind: '*'})
	if p.IsValid() {
		d.value(p.Elem())
	} else {
		d.value(reflect.Value{})
	}
	d.path.pop()
}

func (d *decoder) structValue(v reflect.Value) {
	id := d.uv()
	names, ok := d.layouts[id]
	if !ok {
		n := int(d.uv())
		if n > 1<<16 {
			panic(fatal{errFormat})
		}
		names = make([]string, n)
		for i := range names {
			names[i] = d.str()
		}
		d.layouts[id] = names
	}
	if v.IsValid() && (v.Kind() != reflect.Struct || isValueInterface(v.Type())) {
		d.mismatch(tStruct, v.Type())
		v = reflect.Value{}
	}
	var idx []int
	if v.IsValid() {
		key := layoutTarget{id, v.Type()}
		if idx, ok = d.fields[key]; !ok {
			idx = make([]int, len(names))
			for i, n := range names {
				idx[i] = -1
				if f, ok := v.Type().FieldByName(n); ok && len(f.Index) == 1 {
					idx[i] = f.Index[0]
				}
			}
			d.fields[key] = idx
		}
	}
	for i, n := range names {
		d.path.push(pathPart{kind: 'f', field: n})
		if idx != nil && idx[i] >= 0 {
			d.value(settable(v.Field(idx[i])))
		} else {
			d.value(reflect.Value{}) // a field the type no longer has
		}
		d.path.pop()
	}
}

func (d *decoder) iface(v reflect.Value) {
	t, err := d.readDesc(0)
	var tm *typeMissing
	if asTypeMissing(err, &tm) {
		if v.IsValid() {
			d.problem(tm.Error() + ": left nil")
		}
		d.value(reflect.Value{})
		return
	}
	if err != nil {
		panic(fatal{err})
	}
	if !v.IsValid() {
		d.value(reflect.Value{})
		return
	}
	if v.Kind() != reflect.Interface || !t.Implements(v.Type()) {
		d.problem(fmt.Sprintf("held a %s, is now %s: left zero", t, typeString(v.Type())))
		d.value(reflect.Value{})
		return
	}
	tmp := reflect.New(t).Elem()
	d.value(tmp)
	v.Set(tmp)
}

func (d *decoder) cellIface(v reflect.Value) {
	dyn := d.str()
	if !v.IsValid() {
		d.value(reflect.Value{})
		return
	}
	cellTarget := isValueInterface(v.Type())
	if !cellTarget && v.Kind() != reflect.Interface {
		d.mismatch(tCellIface, v.Type())
		d.value(reflect.Value{})
		return
	}
	tmpl, ok := d.ifaces[dyn]
	if !ok {
		if d.Types == nil {
			tmpl.err = fmt.Errorf("no types to resolve %s", dyn)
		} else if tv, err := d.Types.Interface(dyn); err != nil {
			tmpl.err = err
		} else {
			tmpl.vi, tmpl.t = viOf(tv), tv.Type()
			if !tmpl.vi.value.IsValid() {
				tmpl.err = fmt.Errorf("no value of type %s", dyn)
			}
		}
		d.ifaces[dyn] = tmpl
	}
	if tmpl.err != nil {
		d.problem(fmt.Sprintf("held a %s: %v: left nil", trimMain(dyn), tmpl.err))
		d.value(reflect.Value{})
		return
	}
	inner := reflect.New(tmpl.vi.value.Type()).Elem()
	d.value(inner)
	if inner.CanInterface() {
		inner = reflect.ValueOf(inner.Interface()) // not addressable, as yaegi holds it
	}
	if cellTarget {
		setVI(v, valueInterface{node: tmpl.vi.node, value: inner})
		return
	}
	if v.Type().NumMethod() == 0 && shapeOnly(inner.Type()) {
		// a named slice, map or array type (type Vec []float64) has its
		// underlying type's reflect type: yaegi's record of the value,
		// which the interface held, names its type
		rec := reflect.New(tmpl.t).Elem()
		setVI(rec, valueInterface{node: tmpl.vi.node, value: inner})
		v.Set(rec)
		return
	}
	if !inner.Type().Implements(v.Type()) {
		if ew, ok := d.Types.(ErrorMaker); ok && v.Type() == errorType {
			// a notebook error in an error: yaegi's wrapper of it
			if ev, err := ew.MakeError(dyn, inner); err == nil && ev.Type().AssignableTo(v.Type()) {
				v.Set(ev)
				return
			}
		}
		if bm, ok := d.Types.(BoxMaker); ok && v.Type().NumMethod() > 0 {
			// the lowering's box of a notebook value (an io.Writer)
			if bv, err := bm.MakeIn(v.Type(), dyn, inner); err == nil && bv.Type().AssignableTo(v.Type()) {
				v.Set(bv)
				return
			}
		}
		d.problem(fmt.Sprintf("held a %s, is now %s: left nil", trimMain(dyn), v.Type()))
		return
	}
	v.Set(inner)
}

// shapeOnly reports whether t, the reflect type of a value of a
// notebook type, is one yaegi gives many types: an unnamed slice, map,
// array, func or chan type.
func shapeOnly(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Array, reflect.Func, reflect.Chan:
		return t.Name() == ""
	}
	return false
}

// trimMain spells a yaegi type name as the notebook does.
func trimMain(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if len(s)-i >= 5 && s[i:i+5] == "main." && (i == 0 || !isIdent(s[i-1])) {
			i += 4
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

func isIdent(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// count reads a count of things of at least unit bytes each, refusing one
// the snapshot cannot hold (corrupt: it would allocate without bound).
func (d *decoder) count(unit int) int {
	n := d.uv()
	if n > uint64(d.limit)/uint64(max(unit, 1)) {
		panic(fatal{errFormat})
	}
	return int(n)
}
