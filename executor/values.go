package executor

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
)

// Values cross to worker processes as JSON text. appendValue and
// decodeValue write and read the common scalar kinds directly (the same
// text encoding/json produces and accepts) and leave everything else to
// encoding/json, which costs reflection and a scanner per value.

// plain reports whether t is a predeclared type or one defined on a
// predeclared type without methods that could change its JSON.
func plain(t reflect.Type) bool {
	return t.PkgPath() == "" || t.Name() == t.Kind().String()
}

// appendValue appends the JSON of v to f as a byte string.
func appendValue(f *frame, v reflect.Value) error {
	var scratch [24]byte
	if plain(v.Type()) {
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			f.bytes(strconv.AppendInt(scratch[:0], v.Int(), 10))
			return nil
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			f.bytes(strconv.AppendUint(scratch[:0], v.Uint(), 10))
			return nil
		case reflect.Bool:
			f.bytes(strconv.AppendBool(scratch[:0], v.Bool()))
			return nil
		case reflect.Float64, reflect.Float32:
			if x := v.Float(); !math.IsInf(x, 0) && !math.IsNaN(x) && x == math.Trunc(x) && math.Abs(x) < 1e15 {
				f.bytes(strconv.AppendInt(scratch[:0], int64(x), 10))
				return nil
			}
		}
	}
	raw, err := json.Marshal(v.Interface())
	if err != nil {
		return err
	}
	f.bytes(raw)
	return nil
}

// decodeValue reads the JSON raw into v, which must be settable. v holds
// its type's zero value, or, for scalar kinds only, an earlier value.
func decodeValue(raw []byte, v reflect.Value) error {
	if plain(v.Type()) {
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			if n, err := strconv.ParseInt(string(raw), 10, v.Type().Bits()); err == nil {
				v.SetInt(n)
				return nil
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if n, err := strconv.ParseUint(string(raw), 10, v.Type().Bits()); err == nil {
				v.SetUint(n)
				return nil
			}
		case reflect.Bool:
			switch string(raw) {
			case "true", "false":
				v.SetBool(string(raw) == "true")
				return nil
			}
		}
	}
	return json.Unmarshal(raw, v.Addr().Interface())
}

var intType = reflect.TypeFor[int]()

// decodeInt decodes raw as an int if t is int and raw a plain integer:
// the most common result, without the reflection of decodeValue.
func decodeInt(raw []byte, t reflect.Type) (any, bool) {
	if t != intType {
		return nil, false
	}
	n, err := strconv.ParseInt(string(raw), 10, 0)
	if err != nil {
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
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return true
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
