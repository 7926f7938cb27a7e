package snapshot

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strings"
	"unsafe"
)

// Encoder writes snapshots.
type Encoder struct {
	// TypeName names the reflect types yaegi built for cell-declared types
	// (anonymous structs), for values held in interfaces; ok is false for
	// other types. May be nil.
	TypeName func(t reflect.Type) (name string, ok bool)
	// PkgVar finds the exported package variable (os.Stdout, io.EOF)
	// whose value is the pointer p, by the key of its export table
	// ("os/os") and its name. May be nil.
	PkgVar func(p uintptr) (key, name string, ok bool)

	// ErrBox is the name of the lowering's error box type (Interp.ErrBox):
	// its func field is written nil without a problem, the restore makes
	// it again.
	ErrBox string
	// Boxes starts the names of the lowering's other boxes (Interp.Boxes),
	// whose func fields are written nil so too.
	Boxes string

	// held, when set, is called with each pointer, map and array a
	// variable holds (for Keeper).
	held func(varName string, key uintptr)
}

// encoder is the state of one Encode.
type encoder struct {
	*Encoder
	w       *Encoded
	scratch [binary.MaxVarintLen64]byte
	ptrs    map[ptrKey]uint64
	maps    map[uintptr]uint64
	arrays  map[arrayKey]arrayRef
	layouts map[reflect.Type]uint64
	nextID  uint64
	varAt   map[uintptr]Var // the variables encoded, by address
	spans   []span          // memory the snapshot copies (see interior)
	probs   problemList
	path    path
	varName string
}

type ptrKey struct {
	p uintptr
	t reflect.Type
}

// arrayKey identifies the backing array of a slice: slices of one array
// end at the same address (unless a three-index slice cut the capacity).
type arrayKey struct {
	end uintptr
	t   reflect.Type
}

type arrayRef struct {
	id    uint64
	start uintptr
}

// Encode writes the variables to w. Values that cannot be restored are
// encoded as lost and returned as problems; the error is an I/O error.
func (e *Encoder) Encode(w io.Writer, vars []Var) ([]Problem, error) {
	enc, probs := e.encode(vars)
	if _, err := enc.WriteTo(w); err != nil {
		return probs, fmt.Errorf("snapshot: writing: %w", err)
	}
	return probs, nil
}

// encode encodes the variables in memory: the large arrays of numbers are
// not copied but referred to (see Encoded).
func (e *Encoder) encode(vars []Var) (*Encoded, []Problem) {
	enc := &encoder{
		Encoder: e, w: &Encoded{},
		ptrs: map[ptrKey]uint64{}, maps: map[uintptr]uint64{}, arrays: map[arrayKey]arrayRef{},
		layouts: map[reflect.Type]uint64{},
	}
	enc.writeBytes([]byte(magic))
	enc.uvarint(uint64(len(vars)))
	enc.varAt = map[uintptr]Var{}
	for _, v := range vars {
		enc.str(v.Name)
		enc.str(v.Type)
		if v.Value.IsValid() && v.Value.CanAddr() && v.Value.Type().Size() > 0 {
			addr := v.Value.UnsafeAddr()
			enc.varAt[addr] = v
			enc.spans = append(enc.spans, span{start: addr, end: addr + v.Value.Type().Size(), varName: v.Name})
			if e.held != nil {
				e.held(v.Name, addr)
			}
		}
	}
	for _, v := range vars {
		enc.varName = v.Name
		enc.path = path{parts: []pathPart{{kind: 'v', field: v.Name}}}
		enc.value(v.Value)
	}
	trailer := enc.interior()
	enc.uvarint(uint64(len(trailer)))
	for _, p := range trailer {
		enc.str(p.Var)
		enc.str(p.Path)
		enc.str(p.Reason)
		enc.probs.add(p)
	}
	enc.w.cut()
	return enc.w, enc.probs.done()
}

func (e *encoder) writeBytes(b []byte) { e.w.buf = append(e.w.buf, b...) }

func (e *encoder) byte1(b byte) { e.w.buf = append(e.w.buf, b) }

func (e *encoder) uvarint(x uint64) {
	n := binary.PutUvarint(e.scratch[:], x)
	e.writeBytes(e.scratch[:n])
}

func (e *encoder) varint(x int64) {
	n := binary.PutVarint(e.scratch[:], x)
	e.writeBytes(e.scratch[:n])
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.w.buf = append(e.w.buf, s...)
}

func (e *encoder) lost(reason string) {
	e.probs.add(Problem{Var: e.varName, Path: e.path.String(), Reason: reason})
	e.byte1(tLost)
	e.str(reason)
}

func (e *encoder) newID() uint64 {
	e.nextID++
	return e.nextID
}

// value encodes v (valid or not).
func (e *encoder) value(v reflect.Value) {
	if !v.IsValid() {
		e.byte1(tNil)
		return
	}
	t := v.Type()
	switch t.Kind() {
	case reflect.Bool:
		e.byte1(tBool)
		if v.Bool() {
			e.byte1(1)
		} else {
			e.byte1(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.byte1(tInt)
		e.varint(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.byte1(tUint)
		e.uvarint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.byte1(tFloat)
		binary.LittleEndian.PutUint64(e.scratch[:8], math.Float64bits(v.Float()))
		e.writeBytes(e.scratch[:8])
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		e.byte1(tComplex)
		binary.LittleEndian.PutUint64(e.scratch[:8], math.Float64bits(real(c)))
		e.writeBytes(e.scratch[:8])
		binary.LittleEndian.PutUint64(e.scratch[:8], math.Float64bits(imag(c)))
		e.writeBytes(e.scratch[:8])
	case reflect.String:
		e.byte1(tString)
		e.str(v.String())
	case reflect.Slice:
		e.slice(v)
	case reflect.Array:
		e.elements(v, 0, v.Len())
	case reflect.Map:
		e.mapValue(v)
	case reflect.Pointer:
		e.pointer(v)
	case reflect.Interface:
		e.iface(v)
	case reflect.Struct:
		e.structValue(v)
	case reflect.Chan:
		if v.IsNil() {
			e.byte1(tNil)
			return
		}
		e.lost("a channel cannot be restored")
	case reflect.Func:
		if v.IsNil() {
			e.byte1(tNil)
			return
		}
		e.lost("a func cannot be restored")
	case reflect.UnsafePointer:
		if v.IsNil() {
			e.byte1(tNil)
			return
		}
		e.lost("an unsafe.Pointer cannot be restored")
	default:
		e.lost(withArticle(t) + " cannot be restored")
	}
}

// elements encodes v[from:to] of a slice or array: raw memory for numbers
// when it can be read in place, else one by one.
func (e *encoder) elements(v reflect.Value, from, to int) {
	et := v.Type().Elem()
	if k := et.Kind(); rawKind(k) && (v.Kind() == reflect.Slice || v.CanAddr()) {
		var base unsafe.Pointer
		if v.Kind() == reflect.Slice {
			base = v.UnsafePointer()
		} else {
			base = unsafe.Pointer(v.UnsafeAddr())
		}
		e.byte1(tRaw)
		e.byte1(byte(k))
		n := to - from
		e.uvarint(uint64(n))
		if n > 0 {
			size := int(et.Size())
			e.w.raw(unsafe.Slice((*byte)(unsafe.Add(base, from*size)), n*size))
		}
		return
	}
	if flatStruct(et) && (v.Kind() == reflect.Slice || v.CanAddr()) && to > from {
		// structs of numbers only: their memory, with the layout
		var base unsafe.Pointer
		if v.Kind() == reflect.Slice {
			base = v.UnsafePointer()
		} else {
			base = unsafe.Pointer(v.UnsafeAddr())
		}
		e.byte1(tRawStruct)
		e.uvarint(uint64(et.NumField()))
		for i := range et.NumField() {
			f := et.Field(i)
			e.str(f.Name)
			e.byte1(byte(f.Type.Kind()))
			e.uvarint(uint64(f.Offset))
		}
		size := int(et.Size())
		e.uvarint(uint64(size))
		e.uvarint(uint64(to - from))
		e.w.raw(unsafe.Slice((*byte)(unsafe.Add(base, from*size)), (to-from)*size))
		return
	}
	e.byte1(tArray)
	e.uvarint(uint64(to - from))
	for i := from; i < to; i++ {
		e.path.push(pathPart{kind: 'i', index: i - from})
		e.value(v.Index(i))
		e.path.pop()
	}
}

func (e *encoder) slice(v reflect.Value) {
	if v.IsNil() {
		e.byte1(tNil)
		return
	}
	et := v.Type().Elem()
	size := et.Size()
	e.byte1(tSlice)
	start := uintptr(v.UnsafePointer())
	if size > 0 {
		key := arrayKey{end: start + uintptr(v.Cap())*size, t: et}
		if e.held != nil {
			e.held(e.varName, key.end)
		}
		if ref, ok := e.arrays[key]; ok && start >= ref.start {
			e.uvarint(ref.id)
			e.uvarint(uint64((start - ref.start) / size))
			e.uvarint(uint64(v.Len()))
			e.uvarint(uint64(v.Cap()))
			return
		}
		id := e.newID()
		e.arrays[key] = arrayRef{id: id, start: start}
		e.uvarint(id)
		e.spans = append(e.spans, span{start: start, end: key.end, varName: e.varName})
	} else {
		e.uvarint(e.newID())
	}
	e.uvarint(uint64(v.Len()))
	// the backing array from the slice's start to its capacity: reslicing
	// can reach all of it
	full := v.Slice3(0, v.Cap(), v.Cap())
	e.elements(full, 0, v.Cap())
}

func (e *encoder) mapValue(v reflect.Value) {
	if v.IsNil() {
		e.byte1(tNil)
		return
	}
	e.byte1(tMap)
	p := uintptr(v.UnsafePointer())
	if e.held != nil {
		e.held(e.varName, p)
	}
	if id, ok := e.maps[p]; ok {
		e.uvarint(id)
		return
	}
	id := e.newID()
	e.maps[p] = id
	e.uvarint(id)
	e.uvarint(uint64(v.Len()))
	it := v.MapRange()
	for it.Next() {
		k := it.Key()
		e.value(k)
		e.path.push(pathPart{kind: 'k', key: k})
		e.value(it.Value())
		e.path.pop()
	}
}

func (e *encoder) pointer(v reflect.Value) {
	if v.IsNil() {
		e.byte1(tNil)
		return
	}
	key := ptrKey{p: uintptr(v.UnsafePointer()), t: v.Type()}
	if e.held != nil {
		e.held(e.varName, key.p)
	}
	if target, ok := e.varAt[key.p]; ok && target.Value.Type() == v.Type().Elem() {
		e.byte1(tVarRef)
		e.str(target.Name)
		return
	}
	if e.pkgVar(key.p) {
		return
	}
	e.byte1(tPtr)
	if id, ok := e.ptrs[key]; ok {
		e.uvarint(id)
		return
	}
	id := e.newID()
	e.ptrs[key] = id
	e.uvarint(id)
	if size := v.Type().Elem().Size(); size > 0 {
		e.spans = append(e.spans, span{start: key.p, end: key.p + size, varName: e.varName, ptr: true})
	}
	e.path.push(pathPart{kind: '*'})
	e.value(v.Elem())
	e.path.pop()
}

func (e *encoder) iface(v reflect.Value) {
	if v.IsNil() {
		e.byte1(tNil)
		return
	}
	dyn := readable(v).Elem() // (an unexported field's: strings.Replacer's replacer)
	if iv, ok := wrapped(dyn); ok && e.TypeName != nil {
		// a value of a notebook struct type (or a pointer to one) in an
		// error: written as in a notebook interface, with yaegi's
		// spelling of its type
		t, star := iv.Type(), ""
		if t.Kind() == reflect.Pointer {
			t, star = t.Elem(), "*"
		}
		if name, ok := e.TypeName(t); ok && unrestorable(iv) == "" {
			e.byte1(tCellIface)
			e.str(star + "main." + name)
			e.value(iv)
			return
		}
	}
	if isValueInterface(dyn.Type()) {
		e.cellIface(dyn)
		return
	}
	if reason := unrestorable(dyn); reason != "" {
		e.lost(reason)
		return
	}
	if dyn.Kind() == reflect.Pointer && !dyn.IsNil() && e.pkgVar(uintptr(dyn.UnsafePointer())) {
		return
	}
	if !e.describable(dyn.Type(), 0) {
		if err, ok := interfaceOf(dyn).(error); ok {
			e.errValue(dyn, err) // errors.New's, fmt.Errorf's, errors.Join's
			return
		}
		e.lost(fmt.Sprintf("%s held in an interface cannot be restored (its type has no name to find it by)", withArticle(dyn.Type())))
		return
	}
	e.byte1(tIface)
	e.desc(dyn.Type())
	e.value(dyn)
}

// interfaceOf returns v's value as an interface, or nil where reflect
// refuses it (a value reached through an unexported field, not
// addressable).
func interfaceOf(v reflect.Value) any {
	if !v.CanInterface() {
		return nil
	}
	return v.Interface()
}

// unrestorable says why a dynamic value cannot be held after a restore
// (checked before its type is written).
func unrestorable(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Chan:
		return "a channel cannot be restored"
	case reflect.Func:
		return "a func cannot be restored"
	case reflect.UnsafePointer:
		return "an unsafe.Pointer cannot be restored"
	}
	return ""
}

func (e *encoder) cellIface(v reflect.Value) {
	name := dynTypeName(v)
	vi := viOf(v)
	if name == "" || !vi.value.IsValid() {
		e.byte1(tNil)
		return
	}
	inner := vi.value
	for isValueInterface(inner.Type()) { // nested: keep the innermost
		vi = viOf(inner)
		inner = vi.value
	}
	if reason := unrestorable(inner); reason != "" {
		e.lost(reason)
		return
	}
	e.byte1(tCellIface)
	e.str(name)
	e.value(inner)
}

func (e *encoder) structValue(v reflect.Value) {
	t := v.Type()
	if isValueInterface(t) {
		e.cellIface(v)
		return
	}
	if t.PkgPath() != "" && t.Name() != "" {
		if e.compiled(v) {
			return
		}
	}
	e.byte1(tStruct)
	id, ok := e.layouts[t]
	if ok {
		e.uvarint(id)
	} else {
		id = uint64(len(e.layouts) + 1)
		e.layouts[t] = id
		e.uvarint(id)
		e.uvarint(uint64(t.NumField()))
		for i := range t.NumField() {
			e.str(t.Field(i).Name)
		}
	}
	remade := false
	if e.ErrBox != "" && e.TypeName != nil {
		name, ok := e.TypeName(t)
		remade = ok && (name == e.ErrBox || e.Boxes != "" && strings.HasPrefix(name, e.Boxes))
	}
	for i := range t.NumField() {
		if remade && t.Field(i).Type.Kind() == reflect.Func {
			e.byte1(tNil)
			continue
		}
		e.path.push(pathPart{kind: 'f', field: t.Field(i).Name})
		e.value(v.Field(i))
		e.path.pop()
	}
}

// span is memory a snapshot copies: a variable, a pointer's target, a
// slice's array.
type span struct {
	start, end uintptr
	varName    string
	ptr        bool // a pointer's target
}

// interior finds the memory the snapshot copies twice: a pointer to a
// field or an element, a slice of an array variable, slices of one array
// cut to different capacities. After a restore the two are separate
// copies, which is reported.
func (e *encoder) interior() []Problem {
	spans := e.spans
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []Problem
	seen := map[[2]string]bool{}
	var open []span // containers around the current start, outermost first
	for _, s := range spans {
		for len(open) > 0 && open[len(open)-1].end <= s.start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			c := open[len(open)-1]
			{
				key := [2]string{s.varName, c.varName}
				if !seen[key] {
					seen[key] = true
					what := "part of " + c.varName
					if c.varName == s.varName {
						what = "another part of itself"
					}
					out = append(out, Problem{Var: s.varName, Path: s.varName,
						Reason: "shares memory with " + what + " (a pointer to a field or an element, or a slice of an array): it comes back as a separate copy"})
				}
			}
		}
		open = append(open, s)
	}
	return out
}

// flatStruct reports whether t is a struct of numbers and bools only,
// copied as memory (a slice of points, of records of measures).
func flatStruct(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() == 0 || isValueInterface(t) || t.Size() == 0 {
		return false
	}
	if t.PkgPath() != "" && t.Name() != "" && (hasUnexported(t) || resourceType(t) != "") {
		return false // a compiled type's state, handled by compiled
	}
	for i := range t.NumField() {
		if !rawKind(t.Field(i).Type.Kind()) {
			return false
		}
	}
	return true
}
