package rt

import (
	"reflect"
	"unsafe"

	goruntime "github.com/gofutures/gofutures/kernel/check/rt/goruntime"
)

// The functions of package unsafe yaegi v0.16.1 lacks, for the
// lowering's calls (kernel/check's unsafecalls.go). They panic with the
// runtime's errors where Go's functions do (raised here: the runtime's
// own checks are fatal errors under the race detector's checkptr).

// UnsafeString is unsafe.String(p, n).
func UnsafeString(p *byte, n int) string {
	unsafeLen("unsafe.String", p == nil, n)
	return unsafe.String(p, n)
}

// UnsafeStringData is unsafe.StringData(s).
func UnsafeStringData(s string) *byte { return unsafe.StringData(s) }

// UnsafeSlice is unsafe.Slice(p, n) of p, a *T: a []T; the lowering
// asserts its type.
func UnsafeSlice(p any, n int) any {
	v := reflect.ValueOf(p)
	elem := v.Type().Elem()
	unsafeLen("unsafe.Slice", v.IsNil(), n)
	if v.IsNil() {
		return reflect.Zero(reflect.SliceOf(elem)).Interface()
	}
	return reflect.SliceAt(elem, v.UnsafePointer(), n).Interface()
}

// unsafeLen panics as Go's runtime does for fn's length n of a pointer
// that is nil or not.
func unsafeLen(fn string, nilPtr bool, n int) {
	switch {
	case n < 0:
		panic(goruntime.NewError(fn + ": len out of range"))
	case nilPtr && n > 0:
		panic(goruntime.NewError(fn + ": ptr is nil and len is not zero"))
	}
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
