package rt

import (
	"reflect"
	"unsafe"
)

// The functions of package unsafe yaegi v0.16.1 lacks, for the
// lowering's calls (kernel/check's unsafecalls.go). A panic is the
// runtime's own: each calls unsafe's function where Go's would panic.

// UnsafeString is unsafe.String(p, n).
func UnsafeString(p *byte, n int) string { return unsafe.String(p, n) }

// UnsafeStringData is unsafe.StringData(s).
func UnsafeStringData(s string) *byte { return unsafe.StringData(s) }

// UnsafeSlice is unsafe.Slice(p, n) of p, a *T: a []T; the lowering
// asserts its type.
func UnsafeSlice(p any, n int) any {
	v := reflect.ValueOf(p)
	elem := v.Type().Elem()
	if v.IsNil() || n < 0 {
		// (the runtime's panic: "ptr is nil and len is not zero", "len
		// out of range"; nil and 0 give nil)
		_ = unsafe.Slice((*byte)(v.UnsafePointer()), n)
		return reflect.Zero(reflect.SliceOf(elem)).Interface()
	}
	return reflect.SliceAt(elem, v.UnsafePointer(), n).Interface()
}

// UnsafeSliceData is unsafe.SliceData(s) of s, a []T: a *T; the
// lowering asserts its type.
func UnsafeSliceData(s any) any {
	v := reflect.ValueOf(s)
	if v.IsNil() {
		return reflect.Zero(reflect.PointerTo(v.Type().Elem())).Interface()
	}
	return reflect.NewAt(v.Type().Elem(), v.UnsafePointer()).Interface()
}
