package executor

import (
	"encoding/binary"
	"math"
	"reflect"
	"unsafe"
)

// Scalars — booleans, numbers and strings — are most of what Map's
// chunks carry. A chunk's calls are encoded and decoded here straight
// from and into memory, one kind switch per value and no reflect.Value,
// allocation or error per item: in the bytes of values.go, exactly, so
// that what one side writes this way the other reads either way. Anything
// these functions do not take as it is (a value that overflows, a
// malformed encoding, another kind) goes the general way, which also
// gives the error.

// scalarType reports whether values of type t are scalars: of a boolean,
// numeric or string kind (predeclared or defined on one: the encoding
// follows the kind, not the name).
func scalarType(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return true
	}
	return false
}

// appendScalar appends the scalar of kind k at p to b as a byte string
// (its length, then its encoding), as appendValue does.
func appendScalar(b []byte, k reflect.Kind, p unsafe.Pointer) []byte {
	switch k {
	case reflect.Int:
		return appendVarintString(b, int64(*(*int)(p)))
	case reflect.Int8:
		return appendVarintString(b, int64(*(*int8)(p)))
	case reflect.Int16:
		return appendVarintString(b, int64(*(*int16)(p)))
	case reflect.Int32:
		return appendVarintString(b, int64(*(*int32)(p)))
	case reflect.Int64:
		return appendVarintString(b, *(*int64)(p))
	case reflect.Uint:
		return appendUvarintString(b, uint64(*(*uint)(p)))
	case reflect.Uint8:
		return appendUvarintString(b, uint64(*(*uint8)(p)))
	case reflect.Uint16:
		return appendUvarintString(b, uint64(*(*uint16)(p)))
	case reflect.Uint32:
		return appendUvarintString(b, uint64(*(*uint32)(p)))
	case reflect.Uint64:
		return appendUvarintString(b, *(*uint64)(p))
	case reflect.Uintptr:
		return appendUvarintString(b, uint64(*(*uintptr)(p)))
	case reflect.Bool:
		if *(*bool)(p) {
			return append(b, 1, 1)
		}
		return append(b, 1, 0)
	case reflect.Float32:
		return appendFloatString(b, float64(*(*float32)(p)))
	case reflect.Float64:
		return appendFloatString(b, *(*float64)(p))
	case reflect.Complex64:
		c := *(*complex64)(p)
		b = append(b, 16)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(float64(real(c))))
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(float64(imag(c))))
	case reflect.Complex128:
		c := *(*complex128)(p)
		b = append(b, 16)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(real(c)))
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(imag(c)))
	case reflect.String:
		s := *(*string)(p)
		n := uint64(len(s))
		b = binary.AppendUvarint(b, uint64(uvarintLen(n))+n)
		b = binary.AppendUvarint(b, n)
		return append(b, s...)
	}
	panic("executor: appendScalar of a " + k.String())
}

// appendVarintString appends n as a byte string of its varint.
func appendVarintString(b []byte, n int64) []byte {
	at := len(b)
	b = binary.AppendVarint(append(b, 0), n)
	b[at] = byte(len(b) - at - 1)
	return b
}

// appendUvarintString appends n as a byte string of its uvarint.
func appendUvarintString(b []byte, n uint64) []byte {
	at := len(b)
	b = binary.AppendUvarint(append(b, 0), n)
	b[at] = byte(len(b) - at - 1)
	return b
}

func appendFloatString(b []byte, x float64) []byte {
	return binary.LittleEndian.AppendUint64(append(b, 8), math.Float64bits(x))
}

// uvarintLen is the length of the uvarint of n.
func uvarintLen(n uint64) int {
	k := 1
	for ; n >= 0x80; n >>= 7 {
		k++
	}
	return k
}

// decodeScalar decodes raw, the encoding of one value of type t, a
// scalar type of kind k, into the variable at p. It reports false, and
// leaves the variable as it was, where raw is anything but one value that
// fits: the general way (decodeValue) says what is wrong.
func decodeScalar(raw []byte, k reflect.Kind, p unsafe.Pointer) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, c := binary.Varint(raw)
		if c <= 0 || c != len(raw) {
			return false
		}
		switch k {
		case reflect.Int:
			if int64(int(n)) != n {
				return false
			}
			*(*int)(p) = int(n)
		case reflect.Int8:
			if int64(int8(n)) != n {
				return false
			}
			*(*int8)(p) = int8(n)
		case reflect.Int16:
			if int64(int16(n)) != n {
				return false
			}
			*(*int16)(p) = int16(n)
		case reflect.Int32:
			if int64(int32(n)) != n {
				return false
			}
			*(*int32)(p) = int32(n)
		default:
			*(*int64)(p) = n
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, c := binary.Uvarint(raw)
		if c <= 0 || c != len(raw) {
			return false
		}
		switch k {
		case reflect.Uint:
			if uint64(uint(n)) != n {
				return false
			}
			*(*uint)(p) = uint(n)
		case reflect.Uint8:
			if uint64(uint8(n)) != n {
				return false
			}
			*(*uint8)(p) = uint8(n)
		case reflect.Uint16:
			if uint64(uint16(n)) != n {
				return false
			}
			*(*uint16)(p) = uint16(n)
		case reflect.Uint32:
			if uint64(uint32(n)) != n {
				return false
			}
			*(*uint32)(p) = uint32(n)
		case reflect.Uintptr:
			if uint64(uintptr(n)) != n {
				return false
			}
			*(*uintptr)(p) = uintptr(n)
		default:
			*(*uint64)(p) = n
		}
	case reflect.Bool:
		if len(raw) != 1 || raw[0] > 1 {
			return false
		}
		*(*bool)(p) = raw[0] == 1
	case reflect.Float32, reflect.Float64:
		if len(raw) != 8 {
			return false
		}
		x := math.Float64frombits(binary.LittleEndian.Uint64(raw))
		if k == reflect.Float32 {
			*(*float32)(p) = float32(x)
		} else {
			*(*float64)(p) = x
		}
	case reflect.Complex64, reflect.Complex128:
		if len(raw) != 16 {
			return false
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(raw))
		im := math.Float64frombits(binary.LittleEndian.Uint64(raw[8:]))
		if k == reflect.Complex64 {
			*(*complex64)(p) = complex64(complex(re, im))
		} else {
			*(*complex128)(p) = complex(re, im)
		}
	case reflect.String:
		n, c := binary.Uvarint(raw)
		if c <= 0 || n != uint64(len(raw)-c) {
			return false
		}
		*(*string)(p) = string(raw[c:])
	default:
		return false
	}
	return true
}

// eface is the layout of a value of type any: its type's descriptor and
// a pointer to the value (for the scalar types, which are not pointers
// themselves, the value is always behind the pointer).
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// typeWord returns the descriptor an any holding a value of type t has.
func typeWord(t reflect.Type) unsafe.Pointer {
	z := reflect.Zero(t).Interface()
	return (*eface)(unsafe.Pointer(&z)).typ
}

// boxAt returns an any holding the scalar at p, of the type whose
// descriptor is typ, without copying it: the memory at p must never
// change again. Results decoded into one array each get an any this way
// instead of an allocation each, as the runtime's own boxing of small
// integers points into a static array.
func boxAt(typ, p unsafe.Pointer) (v any) {
	e := (*eface)(unsafe.Pointer(&v))
	e.typ, e.data = typ, p
	return v
}

// scalarResults decodes the results of a chunk's calls of a function
// with one result, of a scalar type, into one array: a call's result is
// an any pointing into it (boxAt). The zero scalarResults decodes
// nothing.
type scalarResults struct {
	kind reflect.Kind
	typ  unsafe.Pointer // the result type's descriptor
	base unsafe.Pointer // the array, of n results
	size uintptr
	n    int
}

// init prepares r for the n results, of type t, of a chunk, if t is a
// scalar type.
func (r *scalarResults) init(t reflect.Type, n int) {
	if !scalarType(t) || n <= 0 {
		return
	}
	r.kind, r.typ, r.size, r.n = t.Kind(), typeWord(t), t.Size(), n
	r.base = reflect.MakeSlice(reflect.SliceOf(t), n, n).UnsafePointer()
}

// decode decodes from m the outcomes of the calls from len(vals) on,
// appending them to vals, while they are successes whose values decode as
// they are (resOK, one result, a scalar that fits): it stops at the
// first other, for decodeResult.
func (r *scalarResults) decode(m *fields, vals []any) []any {
	b := m.b
	for k := len(vals); k < r.n && len(b) >= 3 && b[0] == resOK && b[1] == 1; k++ {
		n, c := binary.Uvarint(b[2:])
		if c <= 0 || n > uint64(len(b)-2-c) {
			break
		}
		p := unsafe.Add(r.base, uintptr(k)*r.size)
		if !decodeScalar(b[2+c:2+c+int(n)], r.kind, p) {
			break
		}
		b = b[2+c+int(n):]
		vals = append(vals, boxAt(r.typ, p))
	}
	m.b = b
	return vals
}
