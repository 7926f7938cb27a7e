package snapshot

// Decoding of the values with encodings of their own: those of their
// types' encoding methods, times, pointers to variables of the snapshot
// or of packages (errors: encode_errors.go).

import (
	"encoding"
	"encoding/gob"
	"fmt"
	pathpkg "path"
	"reflect"
	"strings"
	"time"
)

func (d *decoder) unmarshal(v reflect.Value) {
	how := d.readByte()
	data := []byte(d.str())
	if !v.IsValid() {
		return
	}
	if !v.CanAddr() {
		d.problem("cannot be set: left zero")
		return
	}
	p := settable(v).Addr().Interface()
	var err error
	switch how {
	case mBinary:
		u, ok := p.(encoding.BinaryUnmarshaler)
		if !ok {
			d.mismatch(tMarshal, v.Type())
			return
		}
		err = u.UnmarshalBinary(data)
	case mGob:
		u, ok := p.(gob.GobDecoder)
		if !ok {
			d.mismatch(tMarshal, v.Type())
			return
		}
		err = u.GobDecode(data)
	case mText:
		u, ok := p.(encoding.TextUnmarshaler)
		if !ok {
			d.mismatch(tMarshal, v.Type())
			return
		}
		err = u.UnmarshalText(data)
	default:
		panic(fatal{errFormat})
	}
	if err != nil {
		v.SetZero()
		d.problem(fmt.Sprintf("decoding the %s failed: %v: left zero", v.Type(), err))
	}
}

func (d *decoder) timeValue(v reflect.Value) {
	sec, nsec := d.vint(), d.vint()
	zone := d.str()
	off := int(d.vint())
	if !v.IsValid() {
		return
	}
	if v.Type() != reflect.TypeFor[time.Time]() {
		d.mismatch(tTime, v.Type())
		return
	}
	tm := time.Unix(sec, nsec)
	switch zone {
	case "UTC":
		tm = tm.UTC()
	case "Local":
		tm = tm.Local()
	default:
		if loc, err := time.LoadLocation(zone); err == nil {
			if _, o := tm.In(loc).Zone(); o == off {
				tm = tm.In(loc)
				break
			}
		}
		tm = tm.In(time.FixedZone(zone, off))
	}
	v.Set(reflect.ValueOf(tm))
}

// varRef sets the pointer v to a variable of the snapshot.
func (d *decoder) varRef(v reflect.Value) {
	name := d.str()
	if !v.IsValid() {
		return
	}
	target, ok := d.vars[name]
	switch {
	case !ok:
		d.problem(fmt.Sprintf("pointed to %s, which was not restored: left nil", name))
	case v.Kind() != reflect.Pointer:
		d.mismatch(tPtr, v.Type())
	case !target.CanAddr() || !target.Addr().Type().AssignableTo(v.Type()):
		d.problem(fmt.Sprintf("pointed to %s, which is now a %s: left nil", name, typeString(target.Type())))
	default:
		v.Set(target.Addr())
	}
}

// pkgVar sets v to the value of an exported package variable.
func (d *decoder) pkgVar(v reflect.Value) {
	key, name := d.str(), d.str()
	if !v.IsValid() {
		return
	}
	var pv reflect.Value
	ok := false
	if d.Types != nil {
		pv, ok = d.Types.PkgVar(key, name)
	}
	pkg := strings.TrimSuffix(key, "/"+pathpkg.Base(key))
	switch {
	case !ok:
		d.problem(fmt.Sprintf("was %s.%s, which this interpreter does not have: left zero", pkg, name))
	case pv.Type().AssignableTo(v.Type()):
		v.Set(pv)
	case pv.Kind() == reflect.Interface && !pv.IsNil() && pv.Elem().Type().AssignableTo(v.Type()):
		v.Set(pv.Elem())
	default:
		d.problem(fmt.Sprintf("was %s.%s, is now %s: left zero", pkg, name, typeString(v.Type())))
	}
}
