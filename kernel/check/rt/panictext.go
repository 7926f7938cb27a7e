package rt

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
)

// PanicValueText returns v, the value of a panic, as Go's runtime prints
// it when the panic ends the program and v is neither an error nor a
// fmt.Stringer (those print as Error() and String(), which the lowering
// calls): a value of a basic type as print does (floats 1.5, 1e+21),
// strings with a tab after each newline; of a named basic type as
// main.Code(7) or main.Name("x"); of any other type as its type and an
// address, (main.Point) 0xc000012345. name is Go's name of v's type
// (main.Code), "" for a basic type or when only v's dynamic type knows.
func PanicValueText(v any, name string) string {
	if v == nil {
		return "nil"
	}
	rv := reflect.ValueOf(v)
	if name == "" {
		name, _ = baseName(rv.Type()) // (a notebook type of a basic kind in an any: main.Code)
	}
	if name == "" && rv.Type().Name() != "" && rv.Type().PkgPath() != "" {
		name = rv.Type().String()
	}
	if name == "" && rv.Kind() == reflect.Struct {
		if name = typemark.GoName(TypeName(v)); name == "" {
			name = TypeString(v)
		}
	}
	s, basic := printed(rv)
	switch {
	case basic && name == "":
		if rv.Kind() == reflect.String {
			return strings.ReplaceAll(s, "\n", "\n\t")
		}
		return s
	case basic && rv.Kind() == reflect.String:
		return name + `("` + s + `")`
	case basic && (rv.Kind() == reflect.Complex64 || rv.Kind() == reflect.Complex128):
		return name + s
	case basic:
		return name + "(" + s + ")"
	}
	if name == "" {
		name = rv.Type().String()
	}
	addr := uintptr(0)
	if rv.Kind() == reflect.Pointer {
		addr = rv.Pointer()
	} else {
		addr = reflect.ValueOf(&v).Pointer() // where the runtime keeps a copy
	}
	return fmt.Sprintf("(%s) %#x", name, addr)
}

// printed is v as the print builtin writes it, when its kind is basic.
func printed(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10), true
	case reflect.Float32, reflect.Float64:
		// Go 1.26's print: the shortest text that reads back, as %v's
		return strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()), true
	case reflect.Complex64, reflect.Complex128:
		return strconv.FormatComplex(v.Complex(), 'g', -1, v.Type().Bits()), true
	case reflect.String:
		return v.String(), true
	}
	return "", false
}
