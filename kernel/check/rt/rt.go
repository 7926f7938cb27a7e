// Package rt holds the compiled helpers that lowered cells call: they
// make runtime errors read as Go's (the interpreter's own say
// "reflect: slice index out of range"), and values of cell types print
// through fmt as Go prints them (Fmt).
package rt

import "reflect"

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

// Slice returns lo when s[lo:hi] is within a slice's capacity c, and
// panics as Go does otherwise ("runtime error: slice bounds out of range
// [:5] with capacity 2").
func Slice(lo, hi, c int) int {
	if lo < 0 || hi < lo || hi > c {
		_ = make([]struct{}, c)[lo:hi] // the runtime's own error
	}
	return lo
}

// Symbols are rt's exports in the layout yaegi's interp.Use takes.
func Symbols() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		Path + "/rt": {
			"Index": reflect.ValueOf(Index), "Slice": reflect.ValueOf(Slice), "Fmt": reflect.ValueOf(Fmt), "FmtAny": reflect.ValueOf(FmtAny),
			"Operands": reflect.ValueOf(Operands),
			"Node":     reflect.ValueOf((*Node)(nil)), "Resolver": reflect.ValueOf((*Resolver)(nil)),
			"Table": reflect.ValueOf((*Table)(nil)), "Lazy": reflect.ValueOf((*Lazy)(nil)),
			"TypeName": reflect.ValueOf(TypeName), "Recovered": reflect.ValueOf(Recovered),
			"TypeAssertionError": reflect.ValueOf((*TypeAssertionError)(nil)),
			"AssertFailed":       reflect.ValueOf(AssertFailed),
			"Panicking":          reflect.ValueOf(Panicking),
			"TypeString":         reflect.ValueOf(TypeString),
			"Panic":              reflect.ValueOf(Panic),
			"Select":             reflect.ValueOf(Select),
			"Equal":              reflect.ValueOf(Equal),
			"JSON":               reflect.ValueOf(JSON),
			"JSONAny":            reflect.ValueOf(JSONAny),
			"JSONError":          reflect.ValueOf(JSONError),
			"JSONResult":         reflect.ValueOf(JSONResult),
			"JSONTarget":         reflect.ValueOf(JSONTarget),
			"JSONEncodeError":    reflect.ValueOf(JSONEncodeError),
			"TemplateError":      reflect.ValueOf(TemplateError),
			"ContextKey":         reflect.ValueOf(ContextKey),
			"Slog":               reflect.ValueOf(Slog),
			"SlogAny":            reflect.ValueOf(SlogAny),
		},
	}
}

// Equal reports whether x == y, for interface values of types declared
// in cells (the interpreter compares its own representation of them).
// Like Go's ==, it panics when the dynamic types are the same and not
// comparable.
func Equal(x, y any) bool { return x == y }
