package executor

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"unsafe"

	"github.com/gofutures/gofutures/internal/typemark"
)

// Values cross to worker processes in a binary encoding driven by the
// type both sides know (a parameter's or a result's): exact for every
// value of every kind that can cross — floats bit for bit (NaN, ±Inf, -0),
// integers at full width, nil and empty slices and maps apart, []byte as
// bytes. The encoding does not depend on what runs on the other side (an
// interpreter or compiled code): it follows the structure of the type,
// not its name.
//
//	bool: one byte; signed integers: zigzag varint; unsigned: varint;
//	floats: 8 bytes of IEEE 754 bits, little-endian; complex: two floats;
//	string: length, bytes; slice, map: 0 for nil, else length+1, then the
//	elements (a map's as key, value); array: the elements; pointer: 0 for
//	nil, else 1, then the value; struct: its fields in order (unexported
//	ones too), or, for a type with MarshalBinary and UnmarshalBinary
//	(time.Time), the bytes MarshalBinary gives; interface: 0 for nil, else
//	a type descriptor (see appendType), then the value.
//
// Pointers are followed, not shared: two pointers to one value arrive as
// two values, and a cycle is refused.

// maxDepth bounds how deeply values nest: a deeper value is most likely
// cyclic (pointers are followed, not shared).
const maxDepth = 10000

var errTooDeep = errors.New("value nests too deeply (a cycle of pointers?)")

var (
	binaryMarshaler   = reflect.TypeFor[encoding.BinaryMarshaler]()
	binaryUnmarshaler = reflect.TypeFor[encoding.BinaryUnmarshaler]()
)

// usesBinary reports whether values of t cross as their MarshalBinary
// bytes.
func usesBinary(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Implements(binaryMarshaler) && reflect.PointerTo(t).Implements(binaryUnmarshaler)
}

// appendValue appends the encoding of v to f as a byte string.
func appendValue(f *frame, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.b = appendVarintString(f.b, v.Int())
		return nil
	}
	e := encoder{b: f.tmp[:0]}
	err := e.value(v, 0)
	f.tmp = e.b
	if err != nil {
		return err
	}
	f.bytes(e.b)
	return nil
}

// encoder appends encoded values to b.
type encoder struct{ b []byte }

func (e *encoder) uint(n uint64) { e.b = binary.AppendUvarint(e.b, n) }

func (e *encoder) float(x float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(x)) }

// exported returns v, which must be addressable if it is not exported, as
// a value whose methods and Interface may be used.
func exported(v reflect.Value) reflect.Value {
	if v.CanInterface() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

func (e *encoder) value(v reflect.Value, depth int) error {
	if depth > maxDepth {
		return errTooDeep
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.b = append(e.b, 1)
		} else {
			e.b = append(e.b, 0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.b = binary.AppendVarint(e.b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.float(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		e.float(real(c))
		e.float(imag(c))
	case reflect.String:
		s := v.String()
		e.uint(uint64(len(s)))
		e.b = append(e.b, s...)
	case reflect.Slice:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(uint64(v.Len()) + 1)
		if v.Type().Elem().Kind() == reflect.Uint8 {
			e.b = append(e.b, v.Bytes()...)
			return nil
		}
		for i := range v.Len() {
			if err := e.value(v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			if err := e.value(v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(uint64(v.Len()) + 1)
		it := v.MapRange()
		for it.Next() {
			if err := e.value(it.Key(), depth+1); err != nil {
				return err
			}
			if err := e.value(it.Value(), depth+1); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(1)
		return e.value(v.Elem(), depth+1)
	case reflect.Struct:
		t := v.Type()
		if usesBinary(t) {
			if !v.CanInterface() && !v.CanAddr() {
				c := reflect.New(t).Elem()
				c.Set(v)
				v = c
			}
			raw, err := exported(v).Interface().(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				return fmt.Errorf("%s: MarshalBinary: %w", t, err)
			}
			e.uint(uint64(len(raw)))
			e.b = append(e.b, raw...)
			return nil
		}
		if !v.CanAddr() {
			// Unexported fields are read through their address.
			c := reflect.New(t).Elem()
			c.Set(v)
			v = c
		}
		for i := range typemark.Fields(t) {
			if err := e.value(exported(v.Field(i)), depth+1); err != nil {
				return err
			}
		}
	case reflect.Interface:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		d := v.Elem()
		mark := len(e.b)
		if err := e.typ(d.Type(), 0); err != nil {
			if err, ok := d.Interface().(error); ok && d.Type() != remoteErrorType {
				// An error of a type that cannot cross crosses as its
				// text, without what typ wrote before it failed.
				e.b = append(e.b[:mark], tagError)
				msg := err.Error()
				e.uint(uint64(len(msg)))
				e.b = append(e.b, msg...)
				return nil
			}
			return err
		}
		return e.value(d, depth+1)
	default:
		return fmt.Errorf("a %s cannot be sent to another process", v.Type())
	}
	return nil
}

// decodeValue decodes raw into v, which must be settable and hold its
// type's zero value.
func decodeValue(raw []byte, v reflect.Value) error {
	d := decoder{fields: fields{b: raw}}
	d.value(v, 0)
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("%d bytes left over", len(d.b))
	}
	if d.err != nil {
		return fmt.Errorf("not a %s: %w", v.Type(), d.err)
	}
	return nil
}

// decoder reads encoded values.
type decoder struct {
	fields
	made reflect.Value // the make of the named type typ(0) read (RegisterNamedType)
}

func (d *decoder) int() int64 {
	if d.err != nil {
		return 0
	}
	n, k := binary.Varint(d.b)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return n
}

func (d *decoder) float() float64 {
	if d.err != nil || len(d.b) < 8 {
		d.fail()
		return 0
	}
	x := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return x
}

func (d *decoder) failf(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
	d.b = nil
}

func (d *decoder) value(v reflect.Value, depth int) {
	if d.err != nil {
		return
	}
	if depth > maxDepth {
		d.failf("%w", errTooDeep)
		return
	}
	t := v.Type()
	switch t.Kind() {
	case reflect.Bool:
		switch d.byte() {
		case 0:
		case 1:
			v.SetBool(true)
		default:
			d.failf("bad bool")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := d.int()
		if v.OverflowInt(n) {
			d.failf("%d overflows %s", n, t)
			return
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n := d.uint()
		if v.OverflowUint(n) {
			d.failf("%d overflows %s", n, t)
			return
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(d.float())
	case reflect.Complex64, reflect.Complex128:
		re := d.float()
		v.SetComplex(complex(re, d.float()))
	case reflect.String:
		v.SetString(string(d.bytes()))
	case reflect.Slice:
		n := d.uint()
		if n == 0 || d.err != nil {
			return
		}
		n--
		if t.Elem().Kind() == reflect.Uint8 {
			if n > uint64(len(d.b)) {
				d.fail()
				return
			}
			s := reflect.MakeSlice(t, int(n), int(n))
			copy(s.Bytes(), d.b[:n])
			d.b = d.b[n:]
			v.Set(s)
			return
		}
		if n > uint64(len(d.b)) && t.Elem().Size() > 0 {
			d.fail() // every element takes a byte at least
			return
		}
		if n > 1<<20 && t.Elem().Size() == 0 {
			d.failf("too many elements")
			return
		}
		s := reflect.MakeSlice(t, int(n), int(n))
		for i := range int(n) {
			d.value(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			d.value(v.Index(i), depth+1)
		}
	case reflect.Map:
		n := d.uint()
		if n == 0 || d.err != nil {
			return
		}
		n--
		if n > uint64(len(d.b)) {
			d.fail()
			return
		}
		m := reflect.MakeMapWithSize(t, int(n))
		for range n {
			k := reflect.New(t.Key()).Elem()
			d.value(k, depth+1)
			e := reflect.New(t.Elem()).Elem()
			d.value(e, depth+1)
			if d.err != nil {
				return
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		switch d.byte() {
		case 0:
		case 1:
			p := reflect.New(t.Elem())
			d.value(p.Elem(), depth+1)
			v.Set(p)
		default:
			d.failf("bad pointer")
		}
	case reflect.Struct:
		if usesBinary(t) {
			raw := d.bytes()
			if d.err != nil {
				return
			}
			if err := exported(v).Addr().Interface().(encoding.BinaryUnmarshaler).UnmarshalBinary(raw); err != nil {
				d.failf("%s: UnmarshalBinary: %v", t, err)
			}
			return
		}
		for i := range typemark.Fields(t) {
			d.value(exported(v.Field(i)), depth+1)
		}
	case reflect.Interface:
		if len(d.b) > 0 && d.b[0] == tagNil {
			d.b = d.b[1:]
			return
		}
		if len(d.b) > 0 && d.b[0] == tagError {
			d.b = d.b[1:]
			msg := d.string()
			if d.err == nil {
				d.setIface(v, reflect.ValueOf(&RemoteError{Msg: msg}))
			}
			return
		}
		d.made = reflect.Value{}
		dt := d.typ(0)
		made := d.made
		if d.err != nil {
			return
		}
		x := reflect.New(dt).Elem()
		d.value(x, depth+1)
		if made.IsValid() {
			if m, ok := makeNamed(made, x); ok {
				x = m
			}
		}
		if d.err == nil {
			d.setIface(v, x)
		}
	default:
		d.failf("a %s cannot be received", t)
	}
}

func (d *decoder) setIface(v, x reflect.Value) {
	if !x.Type().AssignableTo(v.Type()) {
		d.failf("a %s does not implement %s", x.Type(), v.Type())
		return
	}
	v.Set(x)
}

var intType = reflect.TypeFor[int]()

// decodeInt decodes raw as an int if t is int: the most common result,
// without the reflection of decodeValue.
func decodeInt(raw []byte, t reflect.Type) (any, bool) {
	if t != intType {
		return nil, false
	}
	n, k := binary.Varint(raw)
	if k <= 0 || k != len(raw) {
		return nil, false
	}
	return int(n), true
}

// reusable reports whether a variable of type t, zeroed, can be decoded
// into for call after call: t holds nothing a call could keep and see
// changed by the next decoding.
func reusable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
		return true
	}
	return false
}

// refFree reports whether values of t hold no references: copies of them
// share nothing.
func refFree(t reflect.Type) bool {
	if scalarType(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Array:
		return refFree(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if !refFree(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}
