package snapshot

// Encoding of the values of compiled types that need care: times, types
// with encoding methods of their own, resources a process cannot hand to
// another, and pointers to package variables.

import (
	"encoding"
	"encoding/gob"
	"fmt"
	"reflect"
	"time"
)

// compiled encodes a value of a named struct type of a compiled package
// that needs care, and reports whether it did: time.Time, types with their
// own encoding, zero values, and the types whose state is not data
// (files, connections, sync primitives).
func (e *encoder) compiled(v reflect.Value) bool {
	t := v.Type()
	if t == reflect.TypeFor[time.Time]() {
		tm := readable(v)
		if !tm.CanInterface() {
			tm = reflect.New(t).Elem()
			setRO(tm, v)
		}
		e.timeValue(tm.Interface().(time.Time))
		return true
	}
	if v.IsZero() {
		// the zero value is exact for any type, including an unlocked
		// mutex or a struct that never held a resource
		e.byte1(tZero)
		return true
	}
	if how, data, err := marshal(v); how != 0 {
		if err != nil {
			e.lost(fmt.Sprintf("%s could not be encoded: %v", withArticle(t), err))
			return true
		}
		e.byte1(tMarshal)
		e.byte1(how)
		e.str(string(data))
		return true
	}
	if reason := resourceType(t); reason != "" {
		e.lost(reason)
		return true
	}
	if !copyablePkg[t.PkgPath()] && hasUnexported(t) {
		e.lost(fmt.Sprintf("%s holds state of its package that cannot be copied", withArticle(t)))
		return true
	}
	return false
}

func hasUnexported(t reflect.Type) bool {
	for i := range t.NumField() {
		if !t.Field(i).IsExported() {
			return true
		}
	}
	return false
}

// copyablePkg are the packages whose structs with unexported fields are
// plain data, copied field by field.
var copyablePkg = map[string]bool{
	"bytes": true, "strings": true, "container/list": true, "container/ring": true,
	"image": true, "image/color": true, "errors": true, "fmt": true,
}

// resourceType says why values of t hold something a process cannot hand
// to another, or "".
func resourceType(t reflect.Type) string {
	switch t.PkgPath() {
	case "sync", "sync/atomic":
		return fmt.Sprintf("%s in use (not a zero value) cannot be restored", withArticle(t))
	case "os", "net", "os/exec", "net/http", "database/sql", "context", "io", "syscall", "runtime", "reflect":
		return fmt.Sprintf("%s (an open file, connection, process or runtime state) cannot be restored", withArticle(t))
	}
	return ""
}

// marshal encodes v with its own encoding method, if its type has one
// that can be undone: binary, gob or text, in that order.
func marshal(v reflect.Value) (how byte, data []byte, err error) {
	t := v.Type()
	pt := reflect.PointerTo(t)
	var recv reflect.Value // the receiver, addressable where possible
	if v.CanAddr() {
		recv = readable(v).Addr()
	} else {
		c := reflect.New(t)
		setRO(c.Elem(), v)
		recv = c
	}
	switch {
	case pt.Implements(reflect.TypeFor[encoding.BinaryMarshaler]()) && pt.Implements(reflect.TypeFor[encoding.BinaryUnmarshaler]()):
		data, err = recv.Interface().(encoding.BinaryMarshaler).MarshalBinary()
		return mBinary, data, err
	case pt.Implements(reflect.TypeFor[gob.GobEncoder]()) && pt.Implements(reflect.TypeFor[gob.GobDecoder]()):
		data, err = recv.Interface().(gob.GobEncoder).GobEncode()
		return mGob, data, err
	case pt.Implements(reflect.TypeFor[encoding.TextMarshaler]()) && pt.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()):
		data, err = recv.Interface().(encoding.TextMarshaler).MarshalText()
		return mText, data, err
	}
	return 0, nil, nil
}

func (e *encoder) timeValue(tm time.Time) {
	e.byte1(tTime)
	e.varint(tm.Unix())
	e.varint(int64(tm.Nanosecond()))
	name, off := tm.Zone()
	if tm.Location() == time.Local {
		name = "Local"
	} else if tm.Location() == time.UTC {
		name = "UTC"
	}
	e.str(name)
	e.varint(int64(off))
}

// pkgVar writes a pointer that is the value of an exported package
// variable as that variable, and reports whether it did.
func (e *encoder) pkgVar(p uintptr) bool {
	if e.PkgVar == nil {
		return false
	}
	key, name, ok := e.PkgVar(p)
	if ok {
		e.byte1(tPkgVar)
		e.str(key)
		e.str(name)
	}
	return ok
}

// withArticle writes x (a type, or a kind of value such as "channel")
// after "a" or "an", as its first letter asks: "a channel", "an os.File",
// "a *fmt.wrapError".
func withArticle(x any) string {
	s := fmt.Sprint(x)
	if s != "" {
		switch s[0] {
		case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
			return "an " + s
		}
	}
	return "a " + s
}
