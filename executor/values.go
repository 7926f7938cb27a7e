package executor

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
)

// Values cross to worker processes as JSON. encodeValue and decodeValue
// write and read the common scalar kinds directly (the same text
// encoding/json produces and accepts) and leave everything else to
// encoding/json, which costs reflection and a scanner per value.

// encodeValue returns the JSON of v.
func encodeValue(v reflect.Value) ([]byte, error) {
	if v.Type().PkgPath() == "" || v.Type().Name() == v.Kind().String() {
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return strconv.AppendInt(nil, v.Int(), 10), nil
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return strconv.AppendUint(nil, v.Uint(), 10), nil
		case reflect.Bool:
			return strconv.AppendBool(nil, v.Bool()), nil
		case reflect.Float64, reflect.Float32:
			if f := v.Float(); !math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f) && math.Abs(f) < 1e15 {
				return strconv.AppendInt(nil, int64(f), 10), nil
			}
		}
	}
	return json.Marshal(v.Interface())
}

// decodeValue reads the JSON raw into the value ptr points to.
func decodeValue(raw []byte, ptr reflect.Value) error {
	v := ptr.Elem()
	if v.Type().PkgPath() == "" || v.Type().Name() == v.Kind().String() {
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
			if b, err := strconv.ParseBool(string(raw)); err == nil && (string(raw) == "true" || string(raw) == "false") {
				v.SetBool(b)
				return nil
			}
		}
	}
	return json.Unmarshal(raw, ptr.Interface())
}
