package rt

import (
	"bytes"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/internal/typemark"
	goruntime "github.com/gofutures/gofutures/kernel/check/rt/goruntime"
)

// TypeAssertionError is a failed type assertion in a cell, as Go's
// runtime reports it (a runtime.Error, *runtime.TypeAssertionError to
// %T).
type TypeAssertionError = goruntime.TypeAssertionError

// assertion matches yaegi's message of a failed type assertion, which has
// the position of the assertion in front.
var assertion = regexp.MustCompile(`^(?:[^:\s]*\.go:)?\d+:\d+: (interface conversion: .*)$`)

// Recovered returns r, what recover returned in a cell, with the
// interpreter's panics that stand for Go's runtime errors made into
// those errors: a nil pointer dereference (yaegi v0.16.1 panics with
// reflect's "call of reflect.Value.Field on zero Value") and a failed
// type assertion (its message without the position in front). The value
// of a panic the cell made is the value given to panic. It forgets the
// line noted for the panic (see PanicLine).
func Recovered(r any) any {
	if r == nil {
		return nil
	}
	keepRecovered()
	keepRecoveredLine()
	PanicLine("") // the line noted for it, if any, is of no use now
	v := recoveredValue(r)
	recoveredBy(v)
	return v
}

// recoveredValue is Recovered without forgetting the line.
func recoveredValue(r any) any {
	if v, ok := r.(reflect.Value); ok {
		// yaegi v0.16.1 panics with the reflect.Value of panic's
		// argument: every assertion on what recover returned failed
		if !v.IsValid() || !v.CanInterface() {
			return r
		}
		r = v.Interface()
		r = panicked.typed(r)
	}
	switch v := r.(type) {
	case *reflect.ValueError:
		if v.Kind == reflect.Invalid {
			return nilDereference()
		}
	case string:
		if v == "reflect.Value.Call: call of nil function" || v == "reflect: Method on nil interface value" ||
			v == "reflect: indirection through nil pointer to embedded struct" { // a field promoted through a nil pointer
			return nilDereference()
		}
		if v == "reflect.MakeSlice: negative len" {
			return makeSliceLen()
		}
		if v == "reflect.MakeSlice: len > cap" || v == "reflect.MakeSlice: negative cap" {
			return makeSliceCap()
		}
		if v == "reflect.MakeChan: negative buffer size" {
			return makeChanSize()
		}
		if m := sliceToArray.FindStringSubmatch(v); m != nil {
			x, _ := strconv.Atoi(m[1])
			y, _ := strconv.Atoi(m[2])
			return goruntime.NewConvertError(x, y)
		}
	case runtime.Error:
		// compiled code's runtime error naming a cell's struct type
		// (sync/atomic's Value.CompareAndSwap of one with a slice:
		// "comparing uncomparable type struct { Vals []int
		// \"gofutures:...\" }"), and reflect's of an unhashable key
		if msg, ok := strings.CutPrefix(v.Error(), "runtime error: "); ok && strings.Contains(msg, typemark.Key+`:\"`) {
			return goruntime.NewError(cellTypeNames(msg))
		}
		if t, ok := strings.CutPrefix(v.Error(), "hash of unhashable type: "); ok {
			// reflect's map of an any key (m[k] = 1 with k a struct
			// with a slice): Go's runtime error, its words
			return goruntime.NewUnhashableError(cellTypeNames(t))
		}
	}
	switch v := r.(type) {
	case error:
		if t := reflect.TypeOf(v); t.Kind() == reflect.Pointer && t.Elem().Name() == "cfgError" && t.Elem().PkgPath() == "github.com/traefik/yaegi/interp" {
			if m := assertion.FindStringSubmatch(v.Error()); m != nil {
				return goruntime.NewTypeAssertionError(otherScope(cellTypeNames(m[1])))
			}
		}
	}
	return r
}

// sliceToArray matches reflect's panic converting a slice to a longer
// array, which yaegi v0.16.1 raises for [4]int(s).
var sliceToArray = regexp.MustCompile(`^reflect: cannot convert slice with length (\d+) to (?:array|pointer to array) with length (\d+)$`)

// cellStruct matches the reflect type of a struct a cell declared, as
// yaegi's messages spell it: its first field tagged with its name, among
// the field's other keys (json's, the lowering's).
var cellStruct = regexp.MustCompile(`struct \{ [^{}"]*"(?:[^"\\]|\\.)*?[" ]?` + typemark.Key + `:\\"([^"\\]+)\\"(?:[^"\\]|\\.)*"[^{}]*\}`)

// CellTypeNames spells the types cells declared in msg, a message of
// compiled code's or the interpreter's, as Go names them (cellTypeNames):
// main.Config, not struct { Vals []int "gofutures:\"Config\"" }.
func CellTypeNames(msg string) string {
	if !strings.Contains(msg, typemark.Key+`:\"`) && !strings.Contains(msg, "rt.") {
		return msg
	}
	return cellTypeNames(msg)
}

// cellTypeNames spells the struct types cells declared in msg as Go
// names them (main.Square, not struct { Side float64 "gofutures:..." }),
// also those holding others (struct { Base main.Base "..." }, once the
// inner one is spelled).
func cellTypeNames(msg string) string {
	for range 8 {
		spelled := cellStruct.ReplaceAllStringFunc(msg, func(s string) string {
			return "main." + typemark.GoName(cellStruct.FindStringSubmatch(s)[1])
		})
		if spelled == msg {
			break
		}
		msg = spelled
	}
	return BaseNames(msg)
}

// baseRef matches the name of one of rt's bases in a message.
var baseRef = regexp.MustCompile(`\brt\.[A-Z][a-z0-9]*N[0-9]+\b`)

// BaseNames spells the types cells declared from rt's bases in msg (a
// message of the interpreter's) as Go names them: main.Celsius, not
// rt.Float64N3.
func BaseNames(msg string) string {
	if !strings.Contains(msg, "rt.") {
		return msg
	}
	return baseRef.ReplaceAllStringFunc(msg, func(s string) string {
		if t, ok := baseTypes[s[len("rt."):]]; ok {
			if n, ok := baseName(t); ok {
				return n
			}
		}
		return s
	})
}

// makeSliceLen returns the runtime's own error of make with a length
// out of range.
func makeSliceLen() (r any) {
	defer func() { r = recover() }()
	n := -1
	_ = make([]byte, n)
	return nil
}

// makeSliceCap returns the runtime's own error of make([]T, n, c) with
// c < n (a negative c among them).
func makeSliceCap() (r any) {
	defer func() { r = recover() }()
	n, c := 1, 0
	_ = make([]byte, n, c)
	return nil
}

// makeChanSize returns the runtime's own error of make(chan T, n) with
// a negative n (not a "runtime error: ", a runtime.Error all the same).
func makeChanSize() (r any) {
	defer func() { r = recover() }()
	n := -1
	_ = make(chan byte, n)
	return nil
}

// nilDereference returns the runtime's own error of a nil pointer
// dereference.
func nilDereference() (r any) {
	defer func() { r = recover() }()
	deref(nil)
	return nil
}

//go:noinline
func deref(p *int) int { return *p }

// AssertFailed returns the runtime error of a failed assertion of x, of
// the interface type Go names from, to the concrete type Go names to:
// "interface conversion: interface {} is int, not main.Celsius" (yaegi
// v0.16.1 names the type a notebook type stands for: "not float64").
func AssertFailed(x any, from, to string) error {
	dyn := "nil"
	if x != nil {
		// what yaegi's wrapper of it in an error holds, out of the
		// lowering's box (a notebook error of a struct type): the type
		// was interp._error
		x = Unwrap(x)
		dyn = dynName(x)
	}
	return goruntime.NewTypeAssertionError(otherScope("interface conversion: " + from + " is " + dyn + ", not " + to))
}

// dynName is the name Go gives the dynamic type of x, not nil, in a
// failed assertion's message: main.Circle for a type a cell declared
// (not its reflect type), *main.Sq for a pointer to one that yaegi
// keeps in its record of a value in an interface (not
// interp.valueInterface).
func dynName(x any) string {
	if dyn := typemark.GoName(TypeName(x)); dyn != "" {
		return dyn
	}
	if v := reflect.ValueOf(x); valueInterfaceType(v) != nil {
		if dyn := heldPtrName(v); dyn != "" {
			return dyn
		}
	}
	return TypeString(x)
}

// concreteMismatch matches a failed assertion's message naming the
// value's type and the type asserted to.
var concreteMismatch = regexp.MustCompile(`^interface conversion: .* is (.+), not (.+)$`)

// otherScope adds to msg, a failed assertion's message, what Go's
// runtime adds where the two types it names are spelled alike (two
// functions' local types item): "(types from different scopes)".
func otherScope(msg string) string {
	if m := concreteMismatch.FindStringSubmatch(msg); m != nil && m[1] == m[2] {
		return msg + " (types from different scopes)"
	}
	return msg
}

// AssertMissing returns the runtime error of a failed assertion of x to
// the interface a cell declared that Go names to, with table the
// methods each notebook type lacks (see kernel/check's missingTable):
// "interface conversion: main.Sq is not main.Namer: missing method
// Name", or "interface conversion: interface is nil, not main.Namer".
func AssertMissing(x any, to, table string) error {
	if x == nil || TypeString(x) == "<nil>" {
		return goruntime.NewTypeAssertionError("interface conversion: interface is nil, not " + to)
	}
	dyn := dynName(x)
	methods, types, _ := strings.Cut(table, "|")
	names := strings.Split(methods, ",")
	missing := names[0]
	found := false
	for _, e := range strings.Split(types, ";") {
		if t, m, ok := strings.Cut(e, "="); ok && t == dyn {
			missing, found = m, true
		}
	}
	if t := reflect.TypeOf(x); !found && !strings.HasPrefix(dyn, "main.") && t != nil {
		for _, m := range names { // a compiled type's methods are reflect's
			if _, ok := t.MethodByName(m); !ok {
				missing = m
				break
			}
		}
	}
	return goruntime.NewTypeAssertionError("interface conversion: " + dyn + " is not " + to + ": missing method " + missing)
}

// Panicking notes that a cell panics with typed, a value of a notebook
// type of a basic underlying type, whose value as that type is raw:
// yaegi v0.16.1 panics with raw alone (no type), and Recovered, in the
// same goroutine (deferred functions run in the panicking one), gives
// typed back, which asserts to its type.
func Panicking(typed, raw any) {
	g := goroutine()
	panicked.mu.Lock()
	defer panicked.mu.Unlock()
	panicked.recent = append(panicked.recent, panicValue{g: g, typed: typed, raw: raw})
	if len(panicked.recent) > 16 {
		panicked.recent = panicked.recent[1:]
	}
}

// PanickingError notes that a cell panics with raw, a value of a
// notebook type that implements error, which is err as an error: compiled
// code that recovers the panic (Compiled) sees err, whose methods are
// raw's, where yaegi v0.16.1 gives it raw without them.
func PanickingError(err error, raw any) {
	g := goroutine()
	panicked.mu.Lock()
	defer panicked.mu.Unlock()
	panicked.recent = append(panicked.recent, panicValue{g: g, raw: raw, err: err})
	if len(panicked.recent) > 16 {
		panicked.recent = panicked.recent[1:]
	}
}

// Compiled returns what r, a value compiled code recovered from a panic
// in a cell (a pool's task), stands for in Go: what Recovered returns,
// or the value as an error with its methods when PanickingError noted
// it.
func Compiled(r any) any {
	if v, ok := r.(reflect.Value); ok && v.IsValid() && v.CanInterface() {
		if err := panicked.asError(v.Interface()); err != nil {
			return err
		}
	}
	return recoveredValue(r) // (the line stays noted: a worker's traceback reads it)
}

type panicValue struct {
	g          uint64
	typed, raw any
	err        error // PanickingError's; typed is nil then
}

// panicked holds the latest values Panicking noted.
var panicked panicValues

type panicValues struct {
	mu     sync.Mutex
	recent []panicValue
}

// typed returns the typed value of the latest panic noted in this
// goroutine whose raw value is r, or r.
func (p *panicValues) typed(r any) any {
	if r == nil || !reflect.TypeOf(r).Comparable() {
		return r
	}
	g := goroutine()
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := len(p.recent) - 1; i >= 0; i-- {
		if pv := p.recent[i]; pv.g == g && pv.err == nil && pv.raw == r {
			p.recent = append(p.recent[:i], p.recent[i+1:]...)
			return pv.typed
		}
	}
	return r
}

// asError returns the error PanickingError noted in this goroutine for
// the raw value r, or nil.
func (p *panicValues) asError(r any) error {
	if r == nil || !reflect.TypeOf(r).Comparable() {
		return nil
	}
	g := goroutine()
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := len(p.recent) - 1; i >= 0; i-- {
		if pv := p.recent[i]; pv.g == g && pv.err != nil && pv.raw == r {
			p.recent = append(p.recent[:i], p.recent[i+1:]...)
			return pv.err
		}
	}
	return nil
}

// goroutine returns the id of the calling goroutine, from the first line
// of its stack ("goroutine 7 [running]:").
func goroutine() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}
