package rt

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"sync"

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
// through CompiledKey, which makes a wrapped value a key of rt's: a struct
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

// keyEntries holds the keyEntries by their keyIDs.
var keyEntries sync.Map

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

// KeyIfaces are the compiled interfaces CompiledKey makes keys of, by
// their package paths and names ("fmt.Stringer"; "error").
var KeyIfaces = map[string]bool{"error": true, "fmt.Stringer": true, "io.Reader": true, "io.Writer": true, "io.Closer": true,
	"sort.Interface": true, "io.ReadCloser": true, "io.ReadWriter": true, "io.WriteCloser": true}

// CompiledKey makes *p, a map's key of an interface of a compiled package
// with methods (or an array or struct of such interfaces), a key that
// hashes and compares as Go's: what each interface holds when it is
// yaegi's wrapper of a value of a cell's type becomes rt's key of that
// value (see above). It panics as Go does when the value's type is not
// comparable.
func CompiledKey(p any) {
	pv := reflect.ValueOf(p)
	if pv.Kind() != reflect.Pointer || pv.IsNil() {
		return
	}
	canonKey(pv.Elem())
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
	if slot.IsNil() || !slot.CanSet() {
		return
	}
	mk := keyMakers[slot.Type()]
	if mk == nil {
		return
	}
	d := slot.Elem()
	if keyTypes[d.Type()] {
		return
	}
	iv, ok := wrapperValue(d)
	if !ok || iv.Kind() != reflect.Interface || iv.IsNil() || !d.CanInterface() {
		return
	}
	h := unboxError(iv.Elem())
	for range 8 {
		// the value in the box: yaegi's record of it in an any
		if !h.IsValid() || valueInterfaceType(h) == nil {
			break
		}
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
	e, ok := keyEntries.Load(id)
	if !ok {
		e, _ = keyEntries.LoadOrStore(id, &keyEntry{orig: d.Interface()})
	}
	slot.Set(reflect.ValueOf(mk(id.v, e.(*keyEntry))))
}
