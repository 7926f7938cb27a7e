package session

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell/mono"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// packageCopy reports whether fn, a frame's function, is of
// kernel/cell/mono's copy of another package's generic code
// (iterꞏPullꞏint, iterꞏpullRunꞏ…, slicesꞏinsertionSortCmpFuncꞏ…), or a
// literal in one; copies of the notebook's generics are mainꞏ….
func packageCopy(fn string) bool {
	base, _, _ := strings.Cut(fn, ".")
	pkg, _, ok := strings.Cut(base, mono.Sep)
	return ok && pkg != "" && pkg != "main"
}

// assertFailed reports whether v, a panic's value, is the failed
// assertion of an asserter of kernel/check (yaegi v0.16.1 panics with the
// reflect.Value of panic's argument).
func assertFailed(v any) bool {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	_, ok := v.(*rt.TypeAssertionError)
	return ok
}

// reflectPanics are what yaegi v0.16.1 panics with where compiled Go has a
// runtime error, and that error's text.
var reflectPanics = map[string]string{
	"reflect: slice index out of range":                           "index out of range",
	"reflect: array index out of range":                           "index out of range",
	"reflect: string index out of range":                          "index out of range",
	"reflect: call of reflect.Value.Field on zero Value":          nilDeref,
	"reflect: call of reflect.Value.Elem on zero Value":           nilDeref,
	"reflect: Method on nil interface value":                      nilDeref,
	"reflect: call of reflect.Value.Method on zero Value":         nilDeref,
	"reflect: call of reflect.Value.Interface on zero Value":      nilDeref,
	"reflect.Value.Call: call of nil function":                    nilDeref,
	"reflect: indirection through nil pointer to embedded struct": nilDeref,
}

const nilDeref = "invalid memory address or nil pointer dereference"

// runtimeMessage returns Go's runtime error for msg, a panic of yaegi's
// reflection, and yaegi's words ("" when msg is Go's own); own reports
// whether the interpreter raised it, not a reflect call of the cell. A
// cell's struct type in it is spelled as Go names it (main.Config), in
// reflect's words of an unhashable map key too ("hash of unhashable
// type: struct { ... }", for Go's "runtime error: hash of unhashable
// type main.Config").
func runtimeMessage(msg string, own bool) (string, string) {
	if t, ok := strings.CutPrefix(msg, "hash of unhashable type: "); ok {
		return "runtime error: hash of unhashable type " + rt.CellTypeNames(t), ""
	}
	m, words := runtimeWords(msg, own)
	return rt.CellTypeNames(m), words
}

// runtimeWords is runtimeMessage but for the names of cells' types.
func runtimeWords(msg string, own bool) (string, string) {
	if rt, ok := reflectPanics[msg]; ok {
		return "runtime error: " + rt, msg
	}
	if m := posPrefix.FindStringSubmatch(msg); m != nil && strings.HasPrefix(msg[len(m[0]):], "interface conversion: ") {
		return rt.BaseNames(msg[len(m[0]):]), "" // a failed type assertion, as Go words it
	}
	if !own {
		return msg, ""
	}
	if rt, ok := reflectOwnPanics[msg]; ok {
		return "runtime error: " + rt, msg
	}
	if msg == "reflect.MakeChan: negative buffer size" {
		return "makechan: size out of range", msg // (Go's words have no "runtime error: ")
	}
	if m := sliceToArray.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("runtime error: cannot convert slice with length %s to array or pointer to array with length %s", m[1], m[2]), msg
	}
	return msg, ""
}

// reflectOwnPanics are panics of reflect that compiled Go raises as
// runtime errors where the interpreter raised them (not a cell's call).
var reflectOwnPanics = map[string]string{
	"reflect.MakeSlice: negative len": "makeslice: len out of range",
	"reflect.MakeSlice: len > cap":    "makeslice: cap out of range",
	"reflect.MakeSlice: negative cap": "makeslice: cap out of range",
}

// sliceToArray is reflect's panic converting a slice to a longer array,
// which yaegi v0.16.1 raises for [4]int(s) and (*[4]int)(s).
var sliceToArray = regexp.MustCompile(`^reflect: cannot convert slice with length (\d+) to (?:array|pointer to array) with length (\d+)$`)
