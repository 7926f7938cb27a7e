package snapshot

import (
	"reflect"
	"strings"
	"unsafe"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// What this file knows of yaegi v0.16.1's internals: a value of a
// cell-declared interface type is an interp.valueInterface, a struct of a
// *interp.node (whose typ field is the *interp.itype of the dynamic type,
// the only part method calls look at) and a reflect.Value (the dynamic
// value). It reads them with reflection and writes them with unsafe,
// through a struct of the same layout.

const yaegiInterp = "github.com/traefik/yaegi/interp"

// wrapped returns what v, yaegi's wrapper of a notebook value in a
// compiled interface (interp._error: a struct of the value, IValue, and
// of its methods; or one of rt.Upgrades), holds.
func wrapped(v reflect.Value) (reflect.Value, bool) {
	t := v.Type()
	if t.Kind() != reflect.Struct || !strings.HasPrefix(t.PkgPath(), "github.com/traefik/yaegi/") && !rt.IsUpgrade(t) {
		return reflect.Value{}, false
	}
	iv := v.FieldByName("IValue")
	if !iv.IsValid() || iv.Kind() != reflect.Interface || iv.IsNil() {
		return reflect.Value{}, false
	}
	return iv.Elem(), true
}

// isValueInterface reports whether t is yaegi's valueInterface.
func isValueInterface(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == yaegiInterp &&
		t.NumField() == 2 && t.Field(0).Type.Kind() == reflect.Pointer && t.Field(1).Type == reflect.TypeFor[reflect.Value]()
}

// valueInterface has the layout of interp.valueInterface.
type valueInterface struct {
	node  unsafe.Pointer
	value reflect.Value
}

// viOf reads a valueInterface held in v (any reflect.Value of that type,
// addressable or not).
func viOf(v reflect.Value) valueInterface {
	if v.CanAddr() {
		return *(*valueInterface)(unsafe.Pointer(v.UnsafeAddr()))
	}
	c := reflect.New(v.Type()).Elem()
	setRO(c, v)
	return *(*valueInterface)(unsafe.Pointer(c.UnsafeAddr()))
}

// setVI stores vi into the addressable valueInterface v.
func setVI(v reflect.Value, vi valueInterface) {
	*(*valueInterface)(unsafe.Pointer(v.UnsafeAddr())) = vi
}

// dynTypeName returns yaegi's spelling of the dynamic type of a
// valueInterface ("main.Shape", "*main.Sq", "time.Duration"), or "" for a
// nil interface.
func dynTypeName(v reflect.Value) string {
	node := v.Field(0)
	if node.IsNil() {
		return ""
	}
	typ := node.Elem().FieldByName("typ")
	if !typ.IsValid() || typ.IsNil() {
		return ""
	}
	str := typ.Elem().FieldByName("str")
	if !str.IsValid() || str.Kind() != reflect.String {
		return ""
	}
	return str.String()
}

// settable returns v, or, for a value reached through an unexported
// field, a settable alias of it (v must be addressable).
func settable(v reflect.Value) reflect.Value {
	if v.CanSet() || !v.CanAddr() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// readable returns v, or, for a value reached through an unexported field,
// an alias that can be passed to Interface (v must be addressable; else v).
func readable(v reflect.Value) reflect.Value {
	if v.CanInterface() || !v.CanAddr() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// setRO copies src into the addressable dst even when src was reached
// through an unexported field.
func setRO(dst, src reflect.Value) {
	if src.CanInterface() {
		dst.Set(src)
		return
	}
	if src.CanAddr() {
		dst.Set(reflect.NewAt(src.Type(), unsafe.Pointer(src.UnsafeAddr())).Elem())
		return
	}
	// Not addressable and read-only: copy through memory.
	size := src.Type().Size()
	if size == 0 {
		return
	}
	tmp := reflect.New(src.Type()).Elem()
	copyValue(tmp, src)
	dst.Set(tmp)
}

// copyValue copies a read-only, non-addressable value field by field
// (rare: a map value of an unexported field).
func copyValue(dst, src reflect.Value) {
	dst = settable(dst)
	switch src.Kind() {
	case reflect.Bool:
		dst.SetBool(src.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		dst.SetInt(src.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		dst.SetUint(src.Uint())
	case reflect.Float32, reflect.Float64:
		dst.SetFloat(src.Float())
	case reflect.Complex64, reflect.Complex128:
		dst.SetComplex(src.Complex())
	case reflect.String:
		dst.SetString(src.String())
	case reflect.Struct:
		for i := range src.NumField() {
			copyValue(dst.Field(i), src.Field(i))
		}
	case reflect.Array:
		for i := range src.Len() {
			copyValue(dst.Index(i), src.Index(i))
		}
	default:
		// Pointer-shaped values: copy the word.
		if src.Kind() == reflect.Pointer || src.Kind() == reflect.Map || src.Kind() == reflect.Chan ||
			src.Kind() == reflect.Func || src.Kind() == reflect.UnsafePointer {
			*(*unsafe.Pointer)(unsafe.Pointer(dst.UnsafeAddr())) = src.UnsafePointer()
		}
	}
}

// Globals returns in.Globals(): the main package's variables and
// constants. yaegi v0.16.1's Globals panics (index out of range) after a
// var declaration that failed to compile left a variable symbol without
// its slot in the global frame (var s any = Point{1, 2} replayed after
// Point gained a field); Globals then reads the symbols itself, leaving
// out those without a slot.
func Globals(in *interp.Interpreter) (g map[string]reflect.Value) {
	defer func() {
		if recover() != nil {
			g = globalsOf(in)
		}
	}()
	return in.Globals()
}

// The kinds of yaegi v0.16.1's symbols Globals reads (its sKind).
const (
	constSymKind = 3
	varSymKind   = 9
)

func globalsOf(in *interp.Interpreter) map[string]reflect.Value {
	out := map[string]reflect.Value{}
	iv := reflect.ValueOf(in).Elem()
	frame := iv.FieldByName("frame")
	src := iv.FieldByName("srcPkg")
	if frame.Kind() != reflect.Pointer || frame.IsNil() || src.Kind() != reflect.Map {
		return out
	}
	dataField := frame.Elem().FieldByName("data")
	if dataField.Type() != reflect.TypeFor[[]reflect.Value]() {
		return out
	}
	data := *(*[]reflect.Value)(unsafe.Pointer(dataField.UnsafeAddr()))
	main := src.MapIndex(reflect.ValueOf("main"))
	if !main.IsValid() || main.Kind() != reflect.Map {
		return out
	}
	for it := main.MapRange(); it.Next(); {
		sym := it.Value()
		if sym.Kind() != reflect.Pointer || sym.IsNil() {
			continue
		}
		sym = sym.Elem()
		kind, index, rval := sym.FieldByName("kind"), sym.FieldByName("index"), sym.FieldByName("rval")
		if !kind.IsValid() || !index.IsValid() || rval.Type() != reflect.TypeFor[reflect.Value]() {
			continue
		}
		k := int64(-1)
		switch kind.Kind() {
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			k = int64(kind.Uint())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			k = kind.Int()
		}
		switch k {
		case constSymKind:
			out[it.Key().String()] = *(*reflect.Value)(unsafe.Pointer(readable(rval).UnsafeAddr()))
		case varSymKind:
			if i := int(index.Int()); i >= 0 && i < len(data) {
				out[it.Key().String()] = data[i]
			}
		}
	}
	return out
}
