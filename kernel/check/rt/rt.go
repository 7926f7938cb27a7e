// Package rt holds the compiled helpers that lowered cells call: they
// make runtime errors read as Go's (the interpreter's own say
// "reflect: slice index out of range"), and values of cell types print
// through fmt as Go prints them (Fmt).
package rt

import (
	"reflect"
	"strings"
)

// Path is the import path cells import rt under (a hidden name).
const Path = "github.com/gofutures/gofutures/kernel/check/rt"

// Index returns i when it indexes a sequence of length n, and panics as Go
// does otherwise ("runtime error: index out of range [5] with length 2",
// a runtime.Error).
func Index(i, n int) int {
	if uint(i) >= uint(n) {
		_ = make([]struct{}, n)[i] // the runtime's own error
	}
	return i
}

// IndexU is Index for an index of a wide unsigned type (uint, uint64,
// uintptr), given as a uint64: Go's message gives its value unsigned
// ("index out of range [18446744073709551615] with length 4"), where
// int(i) would be negative ("index out of range [-1]").
func IndexU(i uint64, n int) int {
	if i >= uint64(n) {
		_ = make([]struct{}, n)[i] // the runtime's own error
	}
	return int(i)
}

// Slice returns lo when s[lo:hi] is within a slice's capacity c, and
// panics as Go does otherwise ("runtime error: slice bounds out of range
// [:5] with capacity 2").
func Slice(lo, hi, c int) int {
	if lo < 0 || hi < lo || hi > c {
		_ = make([]struct{}, c)[lo:hi] // the runtime's own error
	}
	return lo
}

// Slice3 returns lo when s[lo:hi:max] is within a slice's capacity c, and
// panics as Go does otherwise ("runtime error: slice bounds out of range
// [::9] with capacity 8", "[:6:5]", "[3:2:]").
func Slice3(lo, hi, max, c int) int {
	if lo < 0 || hi < lo || max < hi || max > c {
		_ = make([]struct{}, c)[lo:hi:max] // the runtime's own error
	}
	return lo
}

// SliceStr is Slice for a string of length n: "runtime error: slice
// bounds out of range [:5] with length 2".
func SliceStr(lo, hi, n int) int {
	if lo < 0 || hi < lo || hi > n {
		_ = strings.Repeat(" ", max(n, 0))[lo:hi] // the runtime's own error
	}
	return lo
}

// negative is a shift count below zero that the compiler cannot see.
var negative = -1

// NegShift panics as Go does on a shift by a negative count ("runtime
// error: negative shift amount", a runtime.Error).
func NegShift() {
	_ = 1 << negative // the runtime's own error
}

// Shift returns n, a shift count, when it is not negative, and panics as
// Go does otherwise.
func Shift(n int64) int64 {
	if n < 0 {
		NegShift()
	}
	return n
}

// Symbols are rt's exports in the layout yaegi's interp.Use takes.
func Symbols() map[string]map[string]reflect.Value {
	m := map[string]map[string]reflect.Value{
		Path + "/rt": {
			"Index": reflect.ValueOf(Index), "IndexU": reflect.ValueOf(IndexU), "Slice": reflect.ValueOf(Slice), "SliceStr": reflect.ValueOf(SliceStr),
			"Slice3": reflect.ValueOf(Slice3), "NegShift": reflect.ValueOf(NegShift), "Shift": reflect.ValueOf(Shift),
			"Fmt": reflect.ValueOf(Fmt), "FmtAny": reflect.ValueOf(FmtAny),
			"FmtSpread": reflect.ValueOf(FmtSpread), "FmtSpreadf": reflect.ValueOf(FmtSpreadf),
			"FmtSpreadT": reflect.ValueOf(FmtSpreadT), "FormatT": reflect.ValueOf(FormatT),
			"Operands": reflect.ValueOf(Operands), "Line": reflect.ValueOf(Line),
			"ScanFunc": reflect.ValueOf((*ScanFunc)(nil)),
			"ScanArg":  reflect.ValueOf(ScanArg), "ScanArgs": reflect.ValueOf(ScanArgs),
			"Extra":  reflect.ValueOf(Extra),
			"Bundle": reflect.ValueOf(Bundle), "BundleAny": reflect.ValueOf(BundleAny),
			"DisplayTable": reflect.ValueOf(DisplayTable), "DisplayTableAny": reflect.ValueOf(DisplayTableAny),
			"Renderers": reflect.ValueOf(Renderers), "RenderersAny": reflect.ValueOf(RenderersAny),
			"Node": reflect.ValueOf((*Node)(nil)), "Resolver": reflect.ValueOf((*Resolver)(nil)),
			"Table": reflect.ValueOf((*Table)(nil)), "Lazy": reflect.ValueOf((*Lazy)(nil)),
			"TypeName": reflect.ValueOf(TypeName), "Recovered": reflect.ValueOf(Recovered), "Unwrap": reflect.ValueOf(Unwrap), "Wrapped": reflect.ValueOf(Wrapped), "NilBoxed": reflect.ValueOf(NilBoxed), "Rewrap": reflect.ValueOf(Rewrap),
			"Iface":              reflect.ValueOf(Iface),
			"Unequal":            reflect.ValueOf(Unequal),
			"Len":                reflect.ValueOf(Len),
			"Cap":                reflect.ValueOf(Cap),
			"Delete":             reflect.ValueOf(Delete),
			"Raise":              reflect.ValueOf(Raise),
			"AppendErrors":       reflect.ValueOf(AppendErrors),
			"Defers":             reflect.ValueOf((*Defers)(nil)),
			"MapKey":             reflect.ValueOf(MapKey),
			"UnsafeString":       reflect.ValueOf(UnsafeString),
			"UnsafeStringData":   reflect.ValueOf(UnsafeStringData),
			"UnsafeSlice":        reflect.ValueOf(UnsafeSlice),
			"UnsafeSliceData":    reflect.ValueOf(UnsafeSliceData),
			"MapKeyFields":       reflect.ValueOf(MapKeyFields),
			"CompiledKey":        reflect.ValueOf(CompiledKey),
			"RecordKey":          reflect.ValueOf(RecordKey),
			"ErrorKey":           reflect.ValueOf(ErrorKey),
			"StringerKey":        reflect.ValueOf(StringerKey),
			"ReaderKey":          reflect.ValueOf(ReaderKey),
			"WriterKey":          reflect.ValueOf(WriterKey),
			"CloserKey":          reflect.ValueOf(CloserKey),
			"SortKey":            reflect.ValueOf(SortKey),
			"ReadCloserKey":      reflect.ValueOf(ReadCloserKey),
			"ReadWriterKey":      reflect.ValueOf(ReadWriterKey),
			"WriteCloserKey":     reflect.ValueOf(WriteCloserKey),
			"TypeAssertionError": reflect.ValueOf((*TypeAssertionError)(nil)),
			"AssertFailed":       reflect.ValueOf(AssertFailed),
			"AssertMissing":      reflect.ValueOf(AssertMissing),
			"Panicking":          reflect.ValueOf(Panicking),
			"PanickingError":     reflect.ValueOf(PanickingError),
			"TypeString":         reflect.ValueOf(TypeString),
			"ReflectType":        reflect.ValueOf(ReflectType),
			"TypeArg":            reflect.ValueOf(TypeArg),
			"ReflectValue":       reflect.ValueOf(ReflectValue),
			"VisibleFields":      reflect.ValueOf(VisibleFields),
			"Type":               reflect.ValueOf((*Type)(nil)),
			"Value":              reflect.ValueOf((*Value)(nil)),
			"Panic":              reflect.ValueOf(Panic),
			"PanicNil":           reflect.ValueOf(PanicNil),
			"Repanic":            reflect.ValueOf(Repanic),
			"PanicText":          reflect.ValueOf(PanicText),
			"PanicValueText":     reflect.ValueOf(PanicValueText),
			"Select":             reflect.ValueOf(Select),
			"Timer":              reflect.ValueOf(Timer),
			"Ticker":             reflect.ValueOf(Ticker),
			"Deadline":           reflect.ValueOf(Deadline),
			"EqualAs":            reflect.ValueOf(EqualAs),
			"EqualCompiled":      reflect.ValueOf(EqualCompiled),
			"JSON":               reflect.ValueOf(JSON),
			"JSONAny":            reflect.ValueOf(JSONAny),
			"JSONError":          reflect.ValueOf(JSONError),
			"JSONTypeError":      reflect.ValueOf(JSONTypeError),
			"BinaryRead":         reflect.ValueOf(BinaryRead),
			"JSONDecode":         reflect.ValueOf(JSONDecode),
			"JSONResult":         reflect.ValueOf(JSONResult),
			"JSONTarget":         reflect.ValueOf(JSONTarget),
			"JSONEncodeError":    reflect.ValueOf(JSONEncodeError),
			"GobEncode":          reflect.ValueOf(GobEncode),
			"GobEncodeAny":       reflect.ValueOf(GobEncodeAny),
			"GobDecode":          reflect.ValueOf(GobDecode),
			"GobDecodeAny":       reflect.ValueOf(GobDecodeAny),
			"GobDecodeIface":     reflect.ValueOf(GobDecodeIface),
			"GobRegister":        reflect.ValueOf(GobRegister),
			"GobRegisterAny":     reflect.ValueOf(GobRegisterAny),
			"GobRegisterName":    reflect.ValueOf(GobRegisterName),
			"XML":                reflect.ValueOf(XML),
			"XMLAny":             reflect.ValueOf(XMLAny),
			"XMLElement":         reflect.ValueOf(XMLElement),
			"XMLElementAny":      reflect.ValueOf(XMLElementAny),
			"XMLTarget":          reflect.ValueOf(XMLTarget),
			"XMLTargetAny":       reflect.ValueOf(XMLTargetAny),
			"TemplateError":      reflect.ValueOf(TemplateError),
			"Execute":            reflect.ValueOf(Execute),
			"ExecuteTemplate":    reflect.ValueOf(ExecuteTemplate),
			"Method":             reflect.ValueOf((*Method)(nil)),
			"TypeMethods":        reflect.ValueOf(TypeMethods),
			"TypeOf":             reflect.ValueOf(TypeOf),
			"ValueOf":            reflect.ValueOf(ValueOf),
			"ValueMethods":       reflect.ValueOf(ValueMethods),
			"MethodsType":        reflect.ValueOf((*MethodsType)(nil)),
			"MethodsValue":       reflect.ValueOf((*MethodsValue)(nil)),
			"ContextKey":         reflect.ValueOf(ContextKey),
			"Slog":               reflect.ValueOf(Slog),
			"SlogAny":            reflect.ValueOf(SlogAny),
			"ClearMap":           reflect.ValueOf(ClearMap),
			"RangeState":         reflect.ValueOf(RangeState),
			"RangeStateAt":       reflect.ValueOf(RangeStateAt),
		},
	}
	baseSymbols(m[Path+"/rt"])
	return m
}

// Iface returns x, as a value of interface type to the interpreter: a
// case of a switch on an interface (yaegi v0.16.1 converted the switch's
// value to the type of a case that is not an interface, and panicked).
func Iface(x any) any { return x }

// Len is len(x), for the lowering's checks where a notebook declares a
// variable named len (kernel/check's unshadow.go).
func Len(x any) int {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Pointer {
		return v.Type().Elem().Len() // (a pointer to an array, nil too)
	}
	return v.Len()
}

// Cap is cap(x), as Len.
func Cap(x any) int {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Pointer {
		return v.Type().Elem().Len()
	}
	return v.Cap()
}

// Delete is delete(m, k), for the lowering's code where the notebook
// names a variable delete (see Len).
func Delete(m, k any) {
	v := reflect.ValueOf(m)
	kv := reflect.ValueOf(k)
	if !kv.IsValid() {
		kv = reflect.Zero(v.Type().Key())
	} else if kv.Type() != v.Type().Key() {
		kv = kv.Convert(v.Type().Key())
	}
	v.SetMapIndex(kv, reflect.Value{})
}

// Raise is panic(v), for the lowering's code where the notebook names a
// variable panic (see Len).
func Raise(v any) { panic(v) }

// AppendErrors is append(s, errs...), for the lowering's code where the
// notebook names a variable append (see Len).
func AppendErrors(s []error, errs ...error) []error { return append(s, errs...) }

// Unequal returns a value of interface type that equals no other: a
// case the lowering adds that never matches (a cell may name a
// variable new, so the lowering's code does not spell new(byte)).
func Unequal() any { return new(byte) }

// EqualAs reports whether x == y, where x and y are operands of types
// xt and yt (Go's names of their static types, "" for an interface): an
// "any" holds a value of a notebook type with methods as yaegi's own
// record of it and its type, which == never finds equal to the bare
// value, and a notebook type of a basic underlying type is that basic
// type to reflection (type Sq float64: an any holding Sq(2) is not 2.0).
// Like Go's ==, it panics when the dynamic types are the same and not
// comparable.
func EqualAs(x any, xt string, y any, yt string) bool {
	xv, xn := held(x, xt)
	yv, yn := held(y, yt)
	if xn != "" && yn != "" && xn != yn {
		return false
	}
	return equalHeld(xv, yv)
}

// EqualCompiled reports whether x and y are equal as Go's == compares
// them, where one is a value of an interface of a compiled package with
// methods (an error, a fmt.Stringer, an io.Writer): what yaegi v0.16.1's
// wrappers of notebook values (and the lowering's boxes of them) hold is
// compared, not the wrappers.
func EqualCompiled(x, y any) bool {
	return EqualAs(Unwrap(x), "", Unwrap(y), "")
}

// unwrapTyped returns what x holds when x is a compiled interface's
// wrapper in an any (any(err)) of a value that tells its type: a struct,
// a record, a value of one of rt's bases (type Err string; not the bare
// string of a type the lowering could not declare from a base, of which
// the wrapper keeps only the string); else x.
func unwrapTyped(x any) any {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return x
	}
	if _, ok := wrapperValue(v); !ok {
		return x
	}
	u := reflect.ValueOf(Unwrap(x))
	if !u.IsValid() {
		return x
	}
	if _, based := baseName(u.Type()); based || u.Kind() == reflect.Struct || valueInterfaceType(u) != nil {
		return u.Interface()
	}
	return x
}

// held returns what x holds and its type's name: the static one given,
// or the one yaegi's record of x tells ("" when neither does).
func held(x any, static string) (any, string) {
	x = unwrapTyped(x)
	name := TypeName(x)
	if name == "" {
		name = static
	}
	for range 8 {
		v := reflect.ValueOf(x)
		if !v.IsValid() || valueInterfaceType(v) == nil {
			break
		}
		in, ok := heldValue(v)
		if !ok {
			break
		}
		if !in.IsValid() || !in.CanInterface() {
			return nil, name
		}
		x = in.Interface()
	}
	return x, name
}
