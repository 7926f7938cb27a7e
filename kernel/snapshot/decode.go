package snapshot

import (
	"bufio"
	"encoding"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"time"
	"unsafe"
)

// Decoder reads snapshots into the variables of an interpreter.
type Decoder struct {
	// Types resolves the types that values held in interfaces name. May
	// be nil when no snapshot holds such values.
	Types Types
	// Var declares the variable name with the Go source of its static type
	// (Var.Type at encoding) and returns it, settable. An error leaves the
	// variable out and is reported.
	Var func(name, typ string) (reflect.Value, error)
}

// Restored is the outcome of one Decode.
type Restored struct {
	Vars     []string  // the variables set, in snapshot order
	Problems []Problem // values not restored exactly (the rest of each variable is)
}

// decoder is the state of one Decode.
type decoder struct {
	*Decoder
	r       *bufio.Reader
	ids     map[uint64]reflect.Value
	layouts map[uint64][]string
	fields  map[layoutTarget][]int
	ifaces  map[string]ifaceTemplate
	probs   problemList
	path    path
	varName string
	vars    map[string]reflect.Value // the snapshot's variables, declared
}

type layoutTarget struct {
	id uint64
	t  reflect.Type
}

type ifaceTemplate struct {
	vi  valueInterface
	err error
}

// errFormat: the snapshot is cut short or corrupt.
var errFormat = errors.New("snapshot: corrupt or truncated snapshot")

// fatal unwinds a Decode on a read error.
type fatal struct{ err error }

// Decode reads a snapshot from r and sets the variables it holds. The
// error is about the snapshot as a whole (unreadable, corrupt); variables
// set before it are kept and listed.
func (d *Decoder) Decode(r io.Reader) (res Restored, err error) {
	dec := &decoder{
		Decoder: d, r: bufio.NewReaderSize(r, 64<<10), ids: map[uint64]reflect.Value{},
		layouts: map[uint64][]string{}, fields: map[layoutTarget][]int{}, ifaces: map[string]ifaceTemplate{},
	}
	defer func() {
		if p := recover(); p != nil {
			f, ok := p.(fatal)
			if !ok {
				f = fatal{fmt.Errorf("snapshot: decoding %s: %v", dec.varName, p)}
			}
			err = f.err
		}
		res.Problems = dec.probs.done()
	}()
	head, err := readHeader(dec.r)
	if err != nil {
		return res, err
	}
	// Every variable is declared before any value is read: a pointer to
	// one of them (tVarRef) may come first.
	dec.vars = map[string]reflect.Value{}
	varErr := map[string]error{}
	for _, h := range head {
		v, err := d.Var(h.Name, h.Type)
		if err != nil {
			varErr[h.Name] = err
			continue
		}
		dec.vars[h.Name] = settable(v)
	}
	for _, h := range head {
		dec.varName = h.Name
		dec.path = path{parts: []pathPart{{kind: 'v', field: h.Name}}}
		v, ok := dec.vars[h.Name]
		if !ok {
			dec.problem(varErr[h.Name].Error())
			dec.value(reflect.Value{})
			continue
		}
		dec.value(v)
		res.Vars = append(res.Vars, h.Name)
	}
	n := dec.uv()
	for range n {
		p := Problem{Var: dec.str(), Path: dec.str(), Reason: dec.str()}
		if _, ok := dec.vars[p.Var]; ok {
			dec.probs.add(p)
		}
	}
	return res, nil
}

// Header reads the variables a snapshot holds (names and types; no
// values) from its start.
func Header(r io.Reader) ([]Var, error) {
	return readHeader(bufio.NewReaderSize(r, 4096))
}

func readHeader(r *bufio.Reader) ([]Var, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("snapshot: not a snapshot")
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<20 {
		return nil, errFormat
	}
	d := &decoder{r: r}
	vars := make([]Var, n)
	for i := range vars {
		name, err := d.readStr()
		if err != nil {
			return nil, errFormat
		}
		typ, err := d.readStr()
		if err != nil {
			return nil, errFormat
		}
		vars[i] = Var{Name: name, Type: typ}
	}
	return vars, nil
}

func (d *decoder) problem(reason string) {
	d.probs.add(Problem{Var: d.varName, Path: d.path.String(), Reason: reason})
}

func (d *decoder) readByte() byte {
	b, err := d.r.ReadByte()
	if err != nil {
		panic(fatal{errFormat})
	}
	return b
}

func (d *decoder) uvarint() (uint64, error) { return binary.ReadUvarint(d.r) }

func (d *decoder) uv() uint64 {
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		panic(fatal{errFormat})
	}
	return x
}

func (d *decoder) vint() int64 {
	x, err := binary.ReadVarint(d.r)
	if err != nil {
		panic(fatal{errFormat})
	}
	return x
}

func (d *decoder) readStr() (string, error) {
	n, err := d.uvarint()
	if err != nil {
		return "", err
	}
	if n > 1<<40 {
		return "", errFormat
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		return "", errFormat
	}
	return string(b), nil
}

func (d *decoder) str() string {
	s, err := d.readStr()
	if err != nil {
		panic(fatal{errFormat})
	}
	return s
}

func (d *decoder) u64() uint64 {
	var b [8]byte
	if _, err := io.ReadFull(d.r, b[:]); err != nil {
		panic(fatal{errFormat})
	}
	return binary.LittleEndian.Uint64(b[:])
}

// tagWhat describes what a tag encoded, for messages.
var tagWhat = map[byte]string{
	tNil: "nil", tBool: "a bool", tInt: "an integer", tUint: "an unsigned integer", tFloat: "a float",
	tComplex: "a complex number", tString: "a string", tRaw: "numbers", tArray: "an array", tSlice: "a slice",
	tMap: "a map", tPtr: "a pointer", tStruct: "a struct", tIface: "an interface value",
	tCellIface: "an interface value", tMarshal: "a value", tTime: "a time.Time",
}

func (d *decoder) mismatch(tag byte, t reflect.Type) {
	d.problem(fmt.Sprintf("was %s, is now %s: left zero", tagWhat[tag], typeString(t)))
}

// typeString names a type for messages, yaegi's internals hidden.
func typeString(t reflect.Type) string {
	if isValueInterface(t) {
		return "an interface"
	}
	return t.String()
}

// value reads one value into v; an invalid v reads and drops it.
func (d *decoder) value(v reflect.Value) {
	d.payload(d.readByte(), v)
}

func (d *decoder) payload(tag byte, v reflect.Value) {
	switch tag {
	case tNil:
		if !v.IsValid() {
			return
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			v.SetZero()
		default:
			if isValueInterface(v.Type()) {
				v.SetZero()
				return
			}
			d.mismatch(tag, v.Type())
		}
	case tZero:
		if v.IsValid() {
			v.SetZero()
		}
	case tBool:
		b := d.readByte() != 0
		if !v.IsValid() {
			return
		}
		if v.Kind() != reflect.Bool {
			d.mismatch(tag, v.Type())
			return
		}
		v.SetBool(b)
	case tInt:
		d.setInt(v, d.vint())
	case tUint:
		d.setUint(v, d.uv())
	case tFloat:
		d.setFloat(v, math.Float64frombits(d.u64()))
	case tComplex:
		c := complex(math.Float64frombits(d.u64()), math.Float64frombits(d.u64()))
		if !v.IsValid() {
			return
		}
		switch v.Kind() {
		case reflect.Complex128:
			v.SetComplex(c)
		case reflect.Complex64:
			if complex128(complex64(c)) != c && c == c {
				d.problem(fmt.Sprintf("%v does not fit in %s: left zero", c, v.Type()))
				return
			}
			v.SetComplex(c)
		default:
			d.mismatch(tag, v.Type())
		}
	case tString:
		s := d.str()
		if !v.IsValid() {
			return
		}
		if v.Kind() != reflect.String {
			d.mismatch(tag, v.Type())
			return
		}
		v.SetString(s)
	case tRaw, tArray:
		d.array(tag, v)
	case tSlice:
		d.slice(v)
	case tMap:
		d.mapValue(v)
	case tPtr:
		d.pointer(v)
	case tStruct:
		d.structValue(v)
	case tIface:
		d.iface(v)
	case tCellIface:
		d.cellIface(v)
	case tMarshal:
		d.unmarshal(v)
	case tTime:
		d.timeValue(v)
	case tVarRef:
		d.varRef(v)
	case tLost:
		reason := d.str()
		if v.IsValid() {
			d.problem("not restored: " + reason)
		}
	default:
		panic(fatal{errFormat})
	}
}

func (d *decoder) setInt(v reflect.Value, x int64) {
	if !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.OverflowInt(x) {
			d.problem(fmt.Sprintf("%d does not fit in %s: left zero", x, v.Type()))
			return
		}
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if x < 0 || v.OverflowUint(uint64(x)) {
			d.problem(fmt.Sprintf("%d does not fit in %s: left zero", x, v.Type()))
			return
		}
		v.SetUint(uint64(x))
	case reflect.Float32, reflect.Float64:
		f := float64(x)
		if int64(f) != x || v.OverflowFloat(f) {
			d.problem(fmt.Sprintf("%d is not exact as %s: left zero", x, v.Type()))
			return
		}
		v.SetFloat(f)
	default:
		d.mismatch(tInt, v.Type())
	}
}

func (d *decoder) setUint(v reflect.Value, x uint64) {
	if !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if v.OverflowUint(x) {
			d.problem(fmt.Sprintf("%d does not fit in %s: left zero", x, v.Type()))
			return
		}
		v.SetUint(x)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if x > math.MaxInt64 || v.OverflowInt(int64(x)) {
			d.problem(fmt.Sprintf("%d does not fit in %s: left zero", x, v.Type()))
			return
		}
		v.SetInt(int64(x))
	case reflect.Float32, reflect.Float64:
		f := float64(x)
		if uint64(f) != x || v.OverflowFloat(f) {
			d.problem(fmt.Sprintf("%d is not exact as %s: left zero", x, v.Type()))
			return
		}
		v.SetFloat(f)
	default:
		d.mismatch(tUint, v.Type())
	}
}

func (d *decoder) setFloat(v reflect.Value, f float64) {
	if !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Float64:
		v.SetFloat(f)
	case reflect.Float32:
		if float64(float32(f)) != f && f == f {
			d.problem(fmt.Sprintf("%v is not exact as %s: left zero", f, v.Type()))
			return
		}
		v.SetFloat(f)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if f != math.Trunc(f) || f < math.MinInt64 || f >= math.MaxInt64 || v.OverflowInt(int64(f)) {
			d.problem(fmt.Sprintf("%v is not exact as %s: left zero", f, v.Type()))
			return
		}
		v.SetInt(int64(f))
	default:
		d.mismatch(tFloat, v.Type())
	}
}

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
	if tag == tRaw {
		kind := reflect.Kind(d.readByte())
		n := int(d.uv())
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
	n := int(d.uv())
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

// rawElem converts one raw element of another kind into v.
func (d *decoder) rawElem(kind reflect.Kind, b []byte, v reflect.Value) {
	var x uint64
	for i := len(b) - 1; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	switch kind {
	case reflect.Bool:
		if v.Kind() != reflect.Bool {
			d.mismatch(tBool, v.Type())
			return
		}
		v.SetBool(x != 0)
	case reflect.Int8:
		d.setInt(v, int64(int8(x)))
	case reflect.Int16:
		d.setInt(v, int64(int16(x)))
	case reflect.Int32:
		d.setInt(v, int64(int32(x)))
	case reflect.Int, reflect.Int64:
		d.setInt(v, int64(x))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		d.setUint(v, x)
	case reflect.Float32:
		d.setFloat(v, float64(math.Float32frombits(uint32(x))))
	case reflect.Float64:
		d.setFloat(v, math.Float64frombits(x))
	default:
		d.problem(fmt.Sprintf("was %s, is now %s: left zero", kind, v.Type()))
	}
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
	if tag != tRaw && tag != tArray {
		panic(fatal{errFormat})
	}
	if !v.IsValid() {
		d.ids[id] = reflect.Value{}
		d.elementsInto(tag, reflect.Value{}, -1)
		return
	}
	// the count of the backing comes first in both payloads
	var c int
	if tag == tRaw {
		kind := d.readByte()
		c = int(d.uv())
		full := reflect.MakeSlice(v.Type(), c, c)
		d.ids[id] = full
		d.rawBacking(reflect.Kind(kind), c, full)
		if n > c {
			panic(fatal{errFormat})
		}
		v.Set(full.Slice3(0, n, c))
		return
	}
	c = int(d.uv())
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

// rawBacking reads c raw elements of kind into the slice full (the
// kind byte and count were read).
func (d *decoder) rawBacking(kind reflect.Kind, c int, full reflect.Value) {
	if !rawKind(kind) {
		panic(fatal{errFormat})
	}
	size := kindSize(kind)
	et := full.Type().Elem()
	if et.Kind() == kind && int(et.Size()) == size {
		if c > 0 {
			if _, err := io.ReadFull(d.r, unsafe.Slice((*byte)(full.UnsafePointer()), c*size)); err != nil {
				panic(fatal{errFormat})
			}
		}
		return
	}
	buf := make([]byte, size)
	for i := range c {
		if _, err := io.ReadFull(d.r, buf); err != nil {
			panic(fatal{errFormat})
		}
		d.path.push(pathPart{kind: 'i', index: i})
		d.rawElem(kind, buf, full.Index(i))
		d.path.pop()
	}
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
	n := int(d.uv())
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
			tmpl.vi = viOf(tv)
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
	if !inner.Type().Implements(v.Type()) {
		d.problem(fmt.Sprintf("held a %s, is now %s: left nil", trimMain(dyn), v.Type()))
		return
	}
	v.Set(inner)
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

func (d *decoder) unmarshal(v reflect.Value) {
	how := d.readByte()
	data := []byte(d.str())
	if !v.IsValid() {
		return
	}
	if !v.CanAddr() {
		d.problem("cannot be set: left zero")
		return
	}
	p := settable(v).Addr().Interface()
	var err error
	switch how {
	case mBinary:
		u, ok := p.(encoding.BinaryUnmarshaler)
		if !ok {
			d.mismatch(tMarshal, v.Type())
			return
		}
		err = u.UnmarshalBinary(data)
	case mGob:
		u, ok := p.(gob.GobDecoder)
		if !ok {
			d.mismatch(tMarshal, v.Type())
			return
		}
		err = u.GobDecode(data)
	case mText:
		u, ok := p.(encoding.TextUnmarshaler)
		if !ok {
			d.mismatch(tMarshal, v.Type())
			return
		}
		err = u.UnmarshalText(data)
	default:
		panic(fatal{errFormat})
	}
	if err != nil {
		v.SetZero()
		d.problem(fmt.Sprintf("decoding the %s failed: %v: left zero", v.Type(), err))
	}
}

func (d *decoder) timeValue(v reflect.Value) {
	sec, nsec := d.vint(), d.vint()
	zone := d.str()
	off := int(d.vint())
	if !v.IsValid() {
		return
	}
	if v.Type() != reflect.TypeFor[time.Time]() {
		d.mismatch(tTime, v.Type())
		return
	}
	tm := time.Unix(sec, nsec)
	switch zone {
	case "UTC":
		tm = tm.UTC()
	case "Local":
		tm = tm.Local()
	default:
		if loc, err := time.LoadLocation(zone); err == nil {
			if _, o := tm.In(loc).Zone(); o == off {
				tm = tm.In(loc)
				break
			}
		}
		tm = tm.In(time.FixedZone(zone, off))
	}
	v.Set(reflect.ValueOf(tm))
}

// varRef sets the pointer v to a variable of the snapshot.
func (d *decoder) varRef(v reflect.Value) {
	name := d.str()
	if !v.IsValid() {
		return
	}
	target, ok := d.vars[name]
	switch {
	case !ok:
		d.problem(fmt.Sprintf("pointed to %s, which was not restored: left nil", name))
	case v.Kind() != reflect.Pointer:
		d.mismatch(tPtr, v.Type())
	case !target.CanAddr() || !target.Addr().Type().AssignableTo(v.Type()):
		d.problem(fmt.Sprintf("pointed to %s, which is now a %s: left nil", name, typeString(target.Type())))
	default:
		v.Set(target.Addr())
	}
}
