package snapshot

import (
	"fmt"
	"go/token"
	"reflect"
)

// Type descriptors: the dynamic type of a value held in an interface,
// written so that another process can rebuild it.
const (
	dBasic  byte = iota + 1 // kind byte
	dNamed                  // string package path, string name: a compiled named type (or "error")
	dCell                   // string name: a cell-declared type (Encoder.TypeName)
	dPtr                    // elem
	dSlice                  // elem
	dArray                  // uvarint length, elem
	dMap                    // key, elem
	dStruct                 // uvarint count, then per field: string name, byte embedded, type
	dAny                    // interface{}
)

// Types resolves, in the process that decodes, the types a snapshot
// names.
type Types interface {
	// Named returns a named type: a compiled one (pkgPath set, for example
	// "time", "Duration") or a cell-declared one (pkgPath "").
	Named(pkgPath, name string) (reflect.Type, bool)
	// Interface returns a value of a cell-declared interface type (yaegi's
	// valueInterface) holding the zero value of the dynamic type dyn,
	// spelled as yaegi does ("main.Sq", "*main.Sq").
	Interface(dyn string) (reflect.Value, error)
	// PkgVar returns the value of an exported package variable, by the
	// key of its export table ("os/os") and its name.
	PkgVar(key, name string) (reflect.Value, bool)
}

// ErrorMaker is implemented by Types that make the interpreter's error
// values of notebook types (yaegi's wrapper of a value in the compiled
// error interface).
type ErrorMaker interface {
	// MakeError returns an error holding v, a value of the notebook type
	// dyn (spelled as yaegi does).
	MakeError(dyn string, v reflect.Value) (reflect.Value, error)
}

// BoxMaker is ErrorMaker for the interfaces of compiled packages: MakeIn
// returns a value of the interface type t holding v, the lowering's box
// (of type dyn) of a notebook value that goes to t in one.
type BoxMaker interface {
	MakeIn(t reflect.Type, dyn string, v reflect.Value) (reflect.Value, error)
}

// describable reports whether typeDesc can describe t, without writing.
func (e *encoder) describable(t reflect.Type, depth int) bool {
	if depth > 50 {
		return false
	}
	if e.TypeName != nil {
		if _, ok := e.TypeName(t); ok {
			return true
		}
	}
	if t.Name() != "" {
		// a compiled type is found by name in the export tables, which
		// hold exported names only
		return t.PkgPath() == "" || token.IsExported(t.Name())
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return e.describable(t.Elem(), depth+1)
	case reflect.Map:
		return e.describable(t.Key(), depth+1) && e.describable(t.Elem(), depth+1)
	case reflect.Struct:
		for i := range t.NumField() {
			if !t.Field(i).IsExported() || !e.describable(t.Field(i).Type, depth+1) {
				return false
			}
		}
		return true
	case reflect.Interface:
		return t.NumMethod() == 0
	}
	return false
}

func (e *encoder) desc(t reflect.Type) {
	if e.TypeName != nil {
		if name, ok := e.TypeName(t); ok {
			e.byte1(dCell)
			e.str(name)
			return
		}
	}
	if t.Name() != "" {
		if t.PkgPath() == "" && t.Kind() != reflect.Interface {
			e.byte1(dBasic)
			e.byte1(byte(t.Kind()))
			return
		}
		e.byte1(dNamed)
		e.str(t.PkgPath())
		e.str(t.Name())
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		e.byte1(dPtr)
		e.desc(t.Elem())
	case reflect.Slice:
		e.byte1(dSlice)
		e.desc(t.Elem())
	case reflect.Array:
		e.byte1(dArray)
		e.uvarint(uint64(t.Len()))
		e.desc(t.Elem())
	case reflect.Map:
		e.byte1(dMap)
		e.desc(t.Key())
		e.desc(t.Elem())
	case reflect.Struct:
		e.byte1(dStruct)
		e.uvarint(uint64(t.NumField()))
		for i := range t.NumField() {
			f := t.Field(i)
			e.str(f.Name)
			if f.Anonymous {
				e.byte1(1)
			} else {
				e.byte1(0)
			}
			e.desc(f.Type)
		}
	case reflect.Interface:
		e.byte1(dAny)
	}
}

// basicTypes are the predeclared types by kind.
var basicTypes = map[reflect.Kind]reflect.Type{
	reflect.Bool: reflect.TypeFor[bool](), reflect.Int: reflect.TypeFor[int](), reflect.Int8: reflect.TypeFor[int8](),
	reflect.Int16: reflect.TypeFor[int16](), reflect.Int32: reflect.TypeFor[int32](), reflect.Int64: reflect.TypeFor[int64](),
	reflect.Uint: reflect.TypeFor[uint](), reflect.Uint8: reflect.TypeFor[uint8](), reflect.Uint16: reflect.TypeFor[uint16](),
	reflect.Uint32: reflect.TypeFor[uint32](), reflect.Uint64: reflect.TypeFor[uint64](), reflect.Uintptr: reflect.TypeFor[uintptr](),
	reflect.Float32: reflect.TypeFor[float32](), reflect.Float64: reflect.TypeFor[float64](),
	reflect.Complex64: reflect.TypeFor[complex64](), reflect.Complex128: reflect.TypeFor[complex128](),
	reflect.String: reflect.TypeFor[string](),
}

// readDesc reads a type descriptor and rebuilds the type.
func (d *decoder) readDesc(depth int) (reflect.Type, error) {
	if depth > 50 {
		return nil, fmt.Errorf("snapshot: type descriptor too deep")
	}
	tag, err := d.r.ReadByte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case dBasic:
		k, err := d.r.ReadByte()
		if err != nil {
			return nil, err
		}
		if t, ok := basicTypes[reflect.Kind(k)]; ok {
			return t, nil
		}
		return nil, fmt.Errorf("snapshot: unknown basic kind %d", k)
	case dNamed, dCell:
		pkg := ""
		if tag == dNamed {
			if pkg, err = d.readStr(); err != nil {
				return nil, err
			}
		}
		name, err := d.readStr()
		if err != nil {
			return nil, err
		}
		if pkg == "" && name == "error" {
			return reflect.TypeFor[error](), nil
		}
		if d.Types != nil {
			if t, ok := d.Types.Named(pkg, name); ok {
				return t, nil
			}
		}
		if pkg != "" {
			return nil, &typeMissing{pkg + "." + name}
		}
		return nil, &typeMissing{name}
	case dPtr, dSlice:
		el, err := d.readDesc(depth + 1)
		if err != nil {
			return nil, err
		}
		if tag == dPtr {
			return reflect.PointerTo(el), nil
		}
		return reflect.SliceOf(el), nil
	case dArray:
		n, err := d.uvarint()
		if err != nil {
			return nil, err
		}
		el, err := d.readDesc(depth + 1)
		if err != nil {
			return nil, err
		}
		return reflect.ArrayOf(int(n), el), nil
	case dMap:
		k, kerr := d.readDesc(depth + 1)
		var tm *typeMissing
		if kerr != nil && !asTypeMissing(kerr, &tm) {
			return nil, kerr
		}
		el, err := d.readDesc(depth + 1)
		if err != nil {
			return nil, err
		}
		if kerr != nil {
			return nil, kerr
		}
		return reflect.MapOf(k, el), nil
	case dStruct:
		n, err := d.uvarint()
		if err != nil {
			return nil, err
		}
		fields := make([]reflect.StructField, 0, n)
		var missing error
		for range n {
			name, err := d.readStr()
			if err != nil {
				return nil, err
			}
			emb, err := d.r.ReadByte()
			if err != nil {
				return nil, err
			}
			ft, err := d.readDesc(depth + 1)
			var tm *typeMissing
			if asTypeMissing(err, &tm) {
				missing = err
				continue
			}
			if err != nil {
				return nil, err
			}
			fields = append(fields, reflect.StructField{Name: name, Type: ft, Anonymous: emb == 1})
		}
		if missing != nil {
			return nil, missing
		}
		return structOf(fields)
	case dAny:
		return reflect.TypeFor[any](), nil
	}
	return nil, fmt.Errorf("snapshot: bad type descriptor %d", tag)
}

// typeMissing: a type the snapshot names does not exist in the decoding
// process (a cell type that was removed). The descriptor was read whole.
type typeMissing struct{ name string }

func (e *typeMissing) Error() string { return "its type " + e.name + " no longer exists" }

func asTypeMissing(err error, out **typeMissing) bool {
	if tm, ok := err.(*typeMissing); ok {
		*out = tm
		return true
	}
	return false
}

// structOf is reflect.StructOf, which panics on what it cannot build.
func structOf(fields []reflect.StructField) (t reflect.Type, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("snapshot: cannot rebuild a struct type: %v", r)
		}
	}()
	return reflect.StructOf(fields), nil
}
