package rt

import (
	"encoding/gob"
	"errors"
	"reflect"
)

// GobDecodeIface is dec.Decode(p) for p a pointer to a variable of an
// interface type with methods that cell types implement (yaegi keeps
// such a variable as a record of its own, which gob cannot set). The
// value is decoded as into an interface{} (t describes *interface{}),
// then set, as Go sets it, by the interpreted set, which asserts it to
// the interface and stores it through p; set reports false where the
// value does not implement the interface, and the error is gob's,
// naming the interface iname.
func GobDecodeIface(dec *gob.Decoder, p any, t *Table, iname string, set func(p, x any) bool) error {
	if v := reflect.ValueOf(p); !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
		return dec.DecodeValue(reflect.Value{}) // (gob's error)
	}
	var x any
	if err := GobDecode(dec, []*any{&x}, t); err != nil {
		return err
	}
	if !set(p, x) {
		return errors.New("gob: " + TypeString(x) + " is not assignable to type " + iname)
	}
	return nil
}
