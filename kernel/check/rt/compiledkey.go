package rt

import (
	"fmt"
	"io"
	"reflect"
	"runtime"
	"sort"
	"sync"
	"weak"

	goruntime "github.com/gofutures/gofutures/kernel/check/rt/goruntime"
)

// Maps keyed by an interface of a compiled package with methods
// (map[error]int, map[fmt.Stringer]bool), in yaegi v0.16.1: a value of a
// cell's type in such an interface is yaegi's wrapper of it, a struct of
// the value (IValue) and of funcs that call its methods, which a map
// cannot hash ("hash of unhashable type interp._error"), and a bare value
// as a key panicked (reflect's MapIndex: "not assignable to type error").
//
// The lowering passes each key it puts in or looks up in such a map
// through ErrorKey (StringerKey, ...; CompiledKey for arrays and structs
// of such interfaces), which makes a wrapped value a key of rt's: a struct
// of the value (IValue, where yaegi's assertions look, as in its
// wrappers) and of the one entry rt keeps for equal values of that type,
// whose first wrapper the key's methods call. Equal values are one key,
// as in Go; fmt sorts keys of one type by their values. Values of
// compiled types (io.EOF, errors.New's) stay as they are.

// keyEntry is what the keys of one value (of one type, in one interface)
// share: the interface value first made of it, whose methods the keys'
// call.
type keyEntry struct{ orig any }

// keyID identifies a keyEntry: the interface, the value's type (yaegi's
// reflect type of a cell's type) and the value.
type keyID struct {
	iface, typ reflect.Type
	v          any
}

// keyEntries holds the keyEntries by their keyIDs, weakly: an entry
// lives as long as a key made with it (in a map, or read back from one)
// and is then dropped, with the wrapper it holds.
var keyEntries sync.Map // keyID -> weak.Pointer[keyEntry]

// entryOf returns the live keyEntry of id, or makes one of orig's value.
func entryOf(id keyID, orig func() any) *keyEntry {
	for {
		old, found := keyEntries.Load(id)
		if found {
			if e := old.(weak.Pointer[keyEntry]).Value(); e != nil {
				return e
			}
		}
		e := &keyEntry{orig: orig()}
		w := weak.Make(e)
		var stored bool
		if found {
			stored = keyEntries.CompareAndSwap(id, old, w) // (its entry was collected)
		} else {
			_, loaded := keyEntries.LoadOrStore(id, w)
			stored = !loaded
		}
		if stored {
			runtime.AddCleanup(e, func(w weak.Pointer[keyEntry]) { keyEntries.CompareAndDelete(id, w) }, w)
			return e
		}
	}
}

type errorKey struct {
	IValue any
	e      *keyEntry
}

func (k errorKey) Error() string { return k.e.orig.(error).Error() }

type stringerKey struct {
	IValue any
	e      *keyEntry
}

func (k stringerKey) String() string { return k.e.orig.(fmt.Stringer).String() }

type readerKey struct {
	IValue any
	e      *keyEntry
}

func (k readerKey) Read(p []byte) (int, error) { return k.e.orig.(io.Reader).Read(p) }

type writerKey struct {
	IValue any
	e      *keyEntry
}

func (k writerKey) Write(p []byte) (int, error) { return k.e.orig.(io.Writer).Write(p) }

type closerKey struct {
	IValue any
	e      *keyEntry
}

func (k closerKey) Close() error { return k.e.orig.(io.Closer).Close() }

type sortKey struct {
	IValue any
	e      *keyEntry
}

func (k sortKey) Len() int           { return k.e.orig.(sort.Interface).Len() }
func (k sortKey) Less(i, j int) bool { return k.e.orig.(sort.Interface).Less(i, j) }
func (k sortKey) Swap(i, j int)      { k.e.orig.(sort.Interface).Swap(i, j) }

type readCloserKey struct {
	IValue any
	e      *keyEntry
}

func (k readCloserKey) Read(p []byte) (int, error) { return k.e.orig.(io.Reader).Read(p) }
func (k readCloserKey) Close() error               { return k.e.orig.(io.Closer).Close() }

type readWriterKey struct {
	IValue any
	e      *keyEntry
}

func (k readWriterKey) Read(p []byte) (int, error)  { return k.e.orig.(io.Reader).Read(p) }
func (k readWriterKey) Write(p []byte) (int, error) { return k.e.orig.(io.Writer).Write(p) }

type writeCloserKey struct {
	IValue any
	e      *keyEntry
}

func (k writeCloserKey) Write(p []byte) (int, error) { return k.e.orig.(io.Writer).Write(p) }
func (k writeCloserKey) Close() error                { return k.e.orig.(io.Closer).Close() }

// keyMakers make the key of each interface there is a key type of.
var keyMakers = map[reflect.Type]func(v any, e *keyEntry) any{
	reflect.TypeFor[error]():          func(v any, e *keyEntry) any { return errorKey{v, e} },
	reflect.TypeFor[fmt.Stringer]():   func(v any, e *keyEntry) any { return stringerKey{v, e} },
	reflect.TypeFor[io.Reader]():      func(v any, e *keyEntry) any { return readerKey{v, e} },
	reflect.TypeFor[io.Writer]():      func(v any, e *keyEntry) any { return writerKey{v, e} },
	reflect.TypeFor[io.Closer]():      func(v any, e *keyEntry) any { return closerKey{v, e} },
	reflect.TypeFor[sort.Interface](): func(v any, e *keyEntry) any { return sortKey{v, e} },
	reflect.TypeFor[io.ReadCloser]():  func(v any, e *keyEntry) any { return readCloserKey{v, e} },
	reflect.TypeFor[io.ReadWriter]():  func(v any, e *keyEntry) any { return readWriterKey{v, e} },
	reflect.TypeFor[io.WriteCloser](): func(v any, e *keyEntry) any { return writeCloserKey{v, e} },
}

// keyTypes are rt's key types.
var keyTypes = map[reflect.Type]bool{
	reflect.TypeFor[errorKey](): true, reflect.TypeFor[stringerKey](): true,
	reflect.TypeFor[readerKey](): true, reflect.TypeFor[writerKey](): true, reflect.TypeFor[closerKey](): true,
	reflect.TypeFor[sortKey](): true, reflect.TypeFor[readCloserKey](): true, reflect.TypeFor[readWriterKey](): true,
	reflect.TypeFor[writeCloserKey](): true,
}

// KeyIfaces are the compiled interfaces rt makes keys of, by their
// package paths and names ("fmt.Stringer"; "error"), each with the name
// of rt's function that makes a key of that interface (ErrorKey).
var KeyIfaces = map[string]string{"error": "ErrorKey", "fmt.Stringer": "StringerKey",
	"io.Reader": "ReaderKey", "io.Writer": "WriterKey", "io.Closer": "CloserKey",
	"sort.Interface": "SortKey", "io.ReadCloser": "ReadCloserKey", "io.ReadWriter": "ReadWriterKey",
	"io.WriteCloser": "WriteCloserKey"}

// ErrorKey returns k as a key of a map keyed by error, one that hashes
// and compares as Go's: yaegi's wrapper of a value of a cell's type
// becomes rt's key of that value (see above); other values are returned
// as they are. It panics as Go does when the value's type is not
// comparable.
func ErrorKey(k error) error { return ifaceKey(k) }

// StringerKey is ErrorKey for fmt.Stringer.
func StringerKey(k fmt.Stringer) fmt.Stringer { return ifaceKey(k) }

// ReaderKey is ErrorKey for io.Reader.
func ReaderKey(k io.Reader) io.Reader { return ifaceKey(k) }

// WriterKey is ErrorKey for io.Writer.
func WriterKey(k io.Writer) io.Writer { return ifaceKey(k) }

// CloserKey is ErrorKey for io.Closer.
func CloserKey(k io.Closer) io.Closer { return ifaceKey(k) }

// SortKey is ErrorKey for sort.Interface.
func SortKey(k sort.Interface) sort.Interface { return ifaceKey(k) }

// ReadCloserKey is ErrorKey for io.ReadCloser.
func ReadCloserKey(k io.ReadCloser) io.ReadCloser { return ifaceKey(k) }

// ReadWriterKey is ErrorKey for io.ReadWriter.
func ReadWriterKey(k io.ReadWriter) io.ReadWriter { return ifaceKey(k) }

// WriteCloserKey is ErrorKey for io.WriteCloser.
func WriteCloserKey(k io.WriteCloser) io.WriteCloser { return ifaceKey(k) }

// ifaceKey is the key of k, of the interface I (ErrorKey).
func ifaceKey[I any](k I) I {
	if t := reflect.TypeOf(any(k)); t == nil || !isWrapperType(t) {
		return k // nil, a compiled value, or a key already
	}
	canonIface(reflect.ValueOf(&k).Elem())
	return k
}

// CompiledKey returns k, a key of a map keyed by an array or a struct
// holding interfaces of KeyIfaces, with each of those interfaces made a
// key as ErrorKey makes one.
func CompiledKey(k any) any {
	v := reflect.ValueOf(k)
	if !v.IsValid() {
		return k
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	canonKey(c)
	return c.Interface()
}

func canonKey(slot reflect.Value) {
	switch slot.Kind() {
	case reflect.Interface:
		canonIface(slot)
	case reflect.Array:
		for i := range slot.Len() {
			canonKey(slot.Index(i))
		}
	case reflect.Struct:
		for i := range slot.NumField() {
			if f := slot.Field(i); f.CanSet() {
				canonKey(f)
			}
		}
	}
}

func canonIface(slot reflect.Value) {
	mk, d, ok := keySlot(slot)
	if !ok {
		return
	}
	iv := d.Field(0)
	if iv.IsNil() {
		return
	}
	h := iv.Elem()
	if isBoxType(h.Type()) {
		h = unboxError(h)
	}
	setKey(slot, mk, d, h)
}

// keySlot returns the key maker of slot's interface and the wrapper slot
// holds, when it holds one of a value of a cell's type (not a key yet).
func keySlot(slot reflect.Value) (func(any, *keyEntry) any, reflect.Value, bool) {
	if slot.IsNil() || !slot.CanSet() {
		return nil, reflect.Value{}, false
	}
	mk := keyMakers[slot.Type()]
	d := slot.Elem()
	if mk == nil || !isWrapperType(d.Type()) || !d.CanInterface() {
		return nil, reflect.Value{}, false
	}
	return mk, d, true
}

// setKey sets slot, holding the wrapper d of the value h, to the key of
// h.
func setKey(slot reflect.Value, mk func(any, *keyEntry) any, d, h reflect.Value) {
	for range 8 {
		// the value in the box: yaegi's record of it in an any
		if !h.IsValid() || valueInterfaceType(h) == nil {
			break
		}
		var ok bool
		if h, ok = heldValue(h); !ok {
			return
		}
	}
	if !h.IsValid() || !h.CanInterface() {
		return
	}
	if !h.Type().Comparable() {
		panic(goruntime.NewUnhashableError(TypeString(h.Interface())))
	}
	id := keyID{slot.Type(), h.Type(), h.Interface()}
	e := entryOf(id, d.Interface)
	slot.Set(reflect.ValueOf(mk(id.v, e)))
}

// RecordKey makes *p, an interface of KeyIfaces holding yaegi's wrapper
// of a value of a cell's interface, the key of the value rec, that value
// of the cell's interface (yaegi's record of it, which holds a struct
// whole where the wrapper may hold one of its fields).
func RecordKey(p, rec any) {
	pv := reflect.ValueOf(p)
	if pv.Kind() != reflect.Pointer || pv.IsNil() {
		return
	}
	slot := pv.Elem()
	mk, d, ok := keySlot(slot)
	if !ok {
		return
	}
	h := reflect.ValueOf(rec)
	if !h.IsValid() {
		return
	}
	setKey(slot, mk, d, h)
}

// wrapperTypes tells, by type, whether a type is one of yaegi's wrappers
// of values in compiled interfaces: a struct of its package whose first
// field, IValue, holds the value.
var wrapperTypes sync.Map

func isWrapperType(t reflect.Type) bool {
	if w, ok := wrapperTypes.Load(t); ok {
		return w.(bool)
	}
	w := t.Kind() == reflect.Struct && fromYaegi(t) && t.NumField() > 0 &&
		t.Field(0).Name == "IValue" && t.Field(0).Type.Kind() == reflect.Interface
	wrapperTypes.Store(t, w)
	return w
}

// boxTypes tells, by type, whether a type may be a box unboxError
// looks into: a pointer to a struct whose first field is V.
var boxTypes sync.Map

func isBoxType(t reflect.Type) bool {
	if b, ok := boxTypes.Load(t); ok {
		return b.(bool)
	}
	b := t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && t.Elem().NumField() > 0 && t.Elem().Field(0).Name == "V"
	boxTypes.Store(t, b)
	return b
}
