package snapshot

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"

	"github.com/gofutures/gofutures/internal/typemark"
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
	limit   int64                    // the snapshot's size, when known: no count exceeds it
}

type layoutTarget struct {
	id uint64
	t  reflect.Type
}

type ifaceTemplate struct {
	vi  valueInterface
	t   reflect.Type // yaegi's valueInterface
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
	dec.limit = 1 << 40
	if l, ok := r.(interface{ Len() int }); ok {
		dec.limit = int64(l.Len())
	}
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
	tZero: "a value", tRawStruct: "structs", tVarRef: "a pointer", tErrText: "an error", tPkgVar: "a package variable",
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
	return typemark.TypeString(t, nil)
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
		d.setComplex(v, c)
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
	case tRaw, tArray, tRawStruct:
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
	case tErrText:
		d.errValue(v)
	case tPkgVar:
		d.pkgVar(v)
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

// setComplex sets v to c, reporting a value it cannot hold.
func (d *decoder) setComplex(v reflect.Value, c complex128) {
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
		d.mismatch(tComplex, v.Type())
	}
}
