package snapshot

// Decoding of raw payloads: elements and structs copied as memory, or
// field by field when the types' layouts differ.

import (
	"fmt"
	"io"
	"math"
	"reflect"
	"unsafe"
)

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
	case reflect.Complex64, reflect.Complex128:
		var c complex128
		if kind == reflect.Complex64 {
			c = complex(float64(math.Float32frombits(uint32(x))), float64(math.Float32frombits(uint32(x>>32))))
		} else {
			var im uint64
			for i := len(b) - 1; i >= 8; i-- {
				im = im<<8 | uint64(b[i])
			}
			x = 0
			for i := 7; i >= 0; i-- {
				x = x<<8 | uint64(b[i])
			}
			c = complex(math.Float64frombits(x), math.Float64frombits(im))
		}
		d.setComplex(v, c)
	default:
		d.problem(fmt.Sprintf("was %s, is now %s: left zero", kind, v.Type()))
	}
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

// structLayout is the layout of a tRawStruct payload.
type structLayout struct {
	names   []string
	kinds   []reflect.Kind
	offsets []int
	size    int
	count   int
}

func (d *decoder) readLayout() structLayout {
	nf := int(d.uv())
	if nf > 1<<12 {
		panic(fatal{errFormat})
	}
	l := structLayout{names: make([]string, nf), kinds: make([]reflect.Kind, nf), offsets: make([]int, nf)}
	for i := range nf {
		l.names[i] = d.str()
		l.kinds[i] = reflect.Kind(d.readByte())
		l.offsets[i] = int(d.uv())
	}
	l.size, l.count = int(d.uv()), int(d.uv())
	for i := range nf {
		if !rawKind(l.kinds[i]) || l.offsets[i]+kindSize(l.kinds[i]) > l.size {
			panic(fatal{errFormat})
		}
	}
	if l.size <= 0 || l.count < 0 || int64(l.count) > d.limit/int64(l.size) {
		panic(fatal{errFormat})
	}
	return l
}

// sameLayout reports whether the struct type t is laid out as l.
func sameLayout(t reflect.Type, l structLayout) bool {
	if t.Kind() != reflect.Struct || int(t.Size()) != l.size || t.NumField() != len(l.names) {
		return false
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name != l.names[i] || f.Type.Kind() != l.kinds[i] || int(f.Offset) != l.offsets[i] {
			return false
		}
	}
	return true
}

// rawStructsInto reads l.count structs into v (a slice of that length or
// an addressable array; invalid: dropped): as memory when the element type
// has the same layout, else field by field, matched by name.
func (d *decoder) rawStructsInto(l structLayout, v reflect.Value) {
	total := l.count * l.size
	if !v.IsValid() {
		if _, err := d.r.Discard(total); err != nil {
			panic(fatal{errFormat})
		}
		return
	}
	et := v.Type().Elem()
	if sameLayout(et, l) && l.count <= v.Len() {
		var base unsafe.Pointer
		if v.Kind() == reflect.Slice {
			base = v.UnsafePointer()
		} else {
			base = unsafe.Pointer(v.UnsafeAddr())
		}
		if total > 0 {
			if _, err := io.ReadFull(d.r, unsafe.Slice((*byte)(base), total)); err != nil {
				panic(fatal{errFormat})
			}
		}
		return
	}
	target := make([]int, len(l.names)) // field index in et, or -1
	for i, n := range l.names {
		target[i] = -1
		if et.Kind() == reflect.Struct {
			if f, ok := et.FieldByName(n); ok && len(f.Index) == 1 {
				target[i] = f.Index[0]
			}
		}
	}
	buf := make([]byte, l.size)
	for i := range l.count {
		if _, err := io.ReadFull(d.r, buf); err != nil {
			panic(fatal{errFormat})
		}
		if i >= v.Len() {
			continue
		}
		ev := v.Index(i)
		d.path.push(pathPart{kind: 'i', index: i})
		if et.Kind() != reflect.Struct {
			d.mismatch(tStruct, et)
		} else {
			for j, fi := range target {
				if fi < 0 {
					continue // a field the type no longer has
				}
				d.path.push(pathPart{kind: 'f', field: l.names[j]})
				k := l.kinds[j]
				d.rawElem(k, buf[l.offsets[j]:l.offsets[j]+kindSize(k)], settable(ev.Field(fi)))
				d.path.pop()
			}
		}
		d.path.pop()
	}
}
