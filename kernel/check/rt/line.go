package rt

import (
	"fmt"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/internal/typemark"
)

// yaegi v0.16.1 names the function a panic went through but not the line
// (its runCfg loses the node it ran). Lowered cells tell the line where
// that costs nothing until the panic, and the line is then exact:
//
//   - panic(v) becomes panic(rt.Panic(line, v));
//   - the index, slice and shift checks of line n call IndexLn, IndexULn, SliceLn,
//     Slice3Ln, SliceStrLn, NegShiftLn and ShiftLn
//     (for n up to Lines), compiled closures that know their line: the
//     interpreted call costs what a call of Index costs. An interpreter
//     gets those its source names before it evaluates it (LineSymbols:
//     all 8000 would take milliseconds to Use).
//
// The session asks PanicLine for the line of the panic it reports, for
// the innermost function or the cell's top-level statements. The runtime
// errors the interpreter raises itself inside a cell's function (a nil
// map write, a division by zero, a failed type assertion, a send on or
// close of a closed or nil channel, an unchecked index, a nil pointer
// dereference) get the line of the one place in the function that can
// raise them (kernel/check's Sites), or none when there are several.

// Lines is how many cell lines have index and slice checks of their own.
const Lines = 4000

// site is the last panic a lowered cell raised: its line in the cell
// that wrote it and its value, printed.
type site struct {
	line  int
	msg   string
	text  func() string // the value as Go's runtime prints it (PanicText)
	v     any
	event int // its number in the log of events (see chainOf), 0 if none
}

var (
	mu   sync.Mutex
	last site
	// recovered is the last panic noted that a lowered recover returned:
	// its text stands for a panic code the lowering leaves as it is
	// raises again with that value (iter.Pull's next, raising in its
	// caller what its sequence panicked with)
	recoveredSite site
)

// keepRecovered keeps the last panic noted as recovered.
func keepRecovered() {
	mu.Lock()
	if last.text != nil {
		recoveredSite = last
	}
	mu.Unlock()
}

func note(line int, v any) { noteText(line, v, nil, 0) }

func noteText(line int, v any, text func() string, ev int) {
	if line <= 0 {
		return
	}
	msg := fmt.Sprint(v)
	mu.Lock()
	last = site{line, msg, text, v, ev}
	mu.Unlock()
}

// Panic returns v, noting that a panic with v starts at line (a panic
// the lowering raises in its own function literal).
func Panic(line int, v any) any {
	text := goText(v)
	if text == nil {
		text = func() string { return fmt.Sprint(v) }
	}
	noteText(line, v, nil, raising(v, text, 0, line))
	return v
}

// PanicText is Panic with text, which returns v as Go's runtime prints
// the value of a panic that ends the program: called only when the
// session reports the panic (Go calls Error and String then, not
// before). The panic is raised by the function that called the
// lowering's literal around PanicText.
func PanicText(line int, v any, text func() string) any {
	noteText(line, v, text, raising(v, text, 1, line))
	return v
}

// NotedChain returns text, how Go prints the value of the panic whose
// value prints as msg, with the panics it happened during before it as
// Go prints them ("first [recovered]\n\tpanic: " + text), when the last
// panic noted is that one and those are known.
func NotedChain(msg, text string) (out string) {
	mu.Lock()
	s := last
	mu.Unlock()
	if s.msg != msg || s.event == 0 {
		return text
	}
	defer func() {
		if recover() != nil {
			out = text // (an Error or String method that panics)
		}
	}()
	chain := chainOf(logUpTo(s.event))
	if len(chain) == 0 {
		return text
	}
	return chainText(chain, s.v, text)
}

// NotedDuring tells, of the panic whose value prints as msg, whether it
// was raised while the deferred calls of another panic ran (during),
// and the cell line of the panic call that raised the latest of those
// (0 when not known), when the session knows (known).
func NotedDuring(msg string) (line int, during, known bool) {
	mu.Lock()
	s := last
	mu.Unlock()
	if s.msg != msg || s.event == 0 {
		return 0, false, false
	}
	log := logUpTo(s.event)
	if len(log) == 0 {
		return 0, false, false
	}
	frames := framesOf(log[len(log)-1].pcs)
	if !evalGoroutine(frames) {
		return 0, false, false
	}
	if len(active(frames)) == 0 {
		return 0, false, true
	}
	if chain := chainOf(log); len(chain) > 0 {
		return chain[len(chain)-1].line, true, true
	}
	return 0, true, true
}

// NotedDuringError returns, of the panic whose value prints as msg,
// raised while the deferred calls of another panic ran, that panic's
// value when it was a runtime error the interpreter raised in the
// function whose deferred call recovered it (not in a function it
// called): the panic a deferred call recovered before panicking anew.
func NotedDuringError(msg string) (error, bool) {
	mu.Lock()
	s := last
	mu.Unlock()
	if s.msg != msg || s.event == 0 {
		return nil, false
	}
	log := logUpTo(s.event)
	if len(log) == 0 || !evalGoroutine(framesOf(log[len(log)-1].pcs)) {
		return nil, false
	}
	chain := chainOf(log)
	if len(chain) == 0 || !chain[len(chain)-1].own {
		return nil, false
	}
	err, ok := chain[len(chain)-1].value.(runtime.Error)
	return err, ok
}

// NotedText returns the text noted for the panic whose value prints as
// msg (PanicText), or for the last one recovered that printed so, or ""
// when there is none. When making the text panicked (the value's Error
// or String method did), it returns "" and a *PrintPanicError.
func NotedText(msg string) (text string, fault error) {
	mu.Lock()
	s, noted := last, last
	if s.msg != msg {
		s = recoveredSite
	}
	mu.Unlock()
	if s.msg != msg || s.text == nil {
		return "", nil
	}
	defer func() {
		mu.Lock()
		last = noted // (a panic of the text's method noted its own)
		mu.Unlock()
		if r := recover(); r != nil {
			if rv, ok := r.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
				r = rv.Interface() // (yaegi's panic of an interpreted method)
			}
			text, fault = "", &PrintPanicError{Value: r}
		}
	}()
	return s.text(), nil
}

// PrintPanicError is a panic of the Error or String method of a panic's
// value, called to print it: Go's runtime then ends the program with
// "fatal error: panic while printing panic value", not with the panic.
type PrintPanicError struct {
	Value any // what the method panicked with
}

// Error returns the runtime's message: the value when it is a string,
// else its type (panic while printing panic value: type main.Fault).
func (e *PrintPanicError) Error() string {
	const text = "panic while printing panic value"
	if s, ok := e.Value.(string); ok {
		return text + ": " + s
	}
	if _, ok := e.Value.(*reflect.ValueError); ok {
		return text + ": type runtime.errorString" // (yaegi's nil pointer dereference)
	}
	name := typemark.GoName(TypeName(e.Value))
	if name == "" {
		name = reflect.TypeOf(e.Value).String()
	}
	return text + ": type " + name
}

// PanicLine returns the line noted for the panic whose value prints as
// msg (0 when the last one noted is another), and forgets it.
func PanicLine(msg string) int {
	mu.Lock()
	defer mu.Unlock()
	s := last
	last = site{}
	if s.msg != msg {
		return 0
	}
	return s.line
}

// indexAt returns Index for the checks of line.
func indexAt(line int) func(i, n int) int {
	return func(i, n int) int {
		if uint(i) >= uint(n) {
			fail(line, func() { Index(i, n) })
		}
		return i
	}
}

// indexUAt returns IndexU for the checks of line.
func indexUAt(line int) func(i uint64, n int) int {
	return func(i uint64, n int) int {
		if i >= uint64(n) {
			fail(line, func() { IndexU(i, n) })
		}
		return int(i)
	}
}

// sliceAt returns Slice for the checks of line.
func sliceAt(line int) func(lo, hi, c int) int {
	return func(lo, hi, c int) int {
		if lo < 0 || hi < lo || hi > c {
			fail(line, func() { Slice(lo, hi, c) })
		}
		return lo
	}
}

// slice3At returns Slice3 for the checks of line.
func slice3At(line int) func(lo, hi, max, c int) int {
	return func(lo, hi, max, c int) int {
		if lo < 0 || hi < lo || max < hi || max > c {
			fail(line, func() { Slice3(lo, hi, max, c) })
		}
		return lo
	}
}

// sliceStrAt returns SliceStr for the checks of line.
func sliceStrAt(line int) func(lo, hi, n int) int {
	return func(lo, hi, n int) int {
		if lo < 0 || hi < lo || hi > n {
			fail(line, func() { SliceStr(lo, hi, n) })
		}
		return lo
	}
}

// negShiftAt returns NegShift for the checks of line.
func negShiftAt(line int) func() {
	return func() { fail(line, NegShift) }
}

// shiftAt returns Shift for the checks of line.
func shiftAt(line int) func(n int64) int64 {
	return func(n int64) int64 {
		if n < 0 {
			fail(line, NegShift)
		}
		return n
	}
}

// fail panics with what check panics with, noting line, and logs the
// runtime error raised by the function that called the check: a panic
// raised while its deferred calls run prints it first (chainOf).
func fail(line int, check func()) {
	r := recovered(check)
	var text func() string
	if err, ok := r.(error); ok {
		text = err.Error
	}
	noteText(line, r, nil, logEvent(event{kind: raised, v: r, text: text, line: line, check: true}))
	panic(r)
}

func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

// IndexName and SliceName are the names lowered code calls the index and
// slice checks of a cell's line by: IndexL12, or Index for a line out of
// range (0: generated code).
func IndexName(line int) string { return lineName("Index", line) }

// IndexUName is IndexName for IndexU.
func IndexUName(line int) string { return lineName("IndexU", line) }

// SliceName is IndexName for Slice.
func SliceName(line int) string { return lineName("Slice", line) }

// Slice3Name is IndexName for Slice3.
func Slice3Name(line int) string { return lineName("Slice3", line) }

// SliceStrName is IndexName for SliceStr.
func SliceStrName(line int) string { return lineName("SliceStr", line) }

// NegShiftName is IndexName for NegShift.
func NegShiftName(line int) string { return lineName("NegShift", line) }

// ShiftName is IndexName for Shift.
func ShiftName(line int) string { return lineName("Shift", line) }

// checksAt are the per-line checks by the name of the check they stand
// for.
var checksAt = map[string]func(line int) reflect.Value{
	"Index":    func(line int) reflect.Value { return reflect.ValueOf(indexAt(line)) },
	"IndexU":   func(line int) reflect.Value { return reflect.ValueOf(indexUAt(line)) },
	"Slice":    func(line int) reflect.Value { return reflect.ValueOf(sliceAt(line)) },
	"SliceStr": func(line int) reflect.Value { return reflect.ValueOf(sliceStrAt(line)) },
	"Slice3":   func(line int) reflect.Value { return reflect.ValueOf(slice3At(line)) },
	"NegShift": func(line int) reflect.Value { return reflect.ValueOf(negShiftAt(line)) },
	"Shift":    func(line int) reflect.Value { return reflect.ValueOf(shiftAt(line)) },
}

func lineName(base string, line int) string {
	if line < 1 || line > Lines {
		return base
	}
	return base + "L" + strconv.Itoa(line)
}

// LineSymbols returns the per-line checks src calls (IndexL12, SliceL3,
// SliceStrL4),
// in the layout yaegi's interp.Use takes, or nil if it calls none.
func LineSymbols(src string) map[string]map[string]reflect.Value {
	var syms map[string]reflect.Value
	for base, at := range checksAt {
		rest, sel := src, "."+base+"L"
		for {
			i := strings.Index(rest, sel)
			if i < 0 {
				break
			}
			rest = rest[i+len(sel):]
			n := 0
			for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			line, err := strconv.Atoi(rest[:n])
			if err != nil || line < 1 || line > Lines {
				continue
			}
			if syms == nil {
				syms = map[string]reflect.Value{}
			}
			syms[lineName(base, line)] = at(line)
		}
	}
	if syms == nil {
		return nil
	}
	return map[string]map[string]reflect.Value{Path + "/rt": syms}
}

// recoveredLine is the line and value noted for the last panic a cell
// recovered (Recovered), whatever noted it.
var recoveredLine site

// keepRecoveredLine keeps the line noted last as the recovered panic's.
func keepRecoveredLine() {
	mu.Lock()
	recoveredLine = site{line: last.line, msg: last.msg}
	mu.Unlock()
}

// RecoveredLine returns the line noted for the last panic a cell
// recovered (0 when none was noted) and its value, printed, and forgets
// them: the line of a panic a deferred call recovered before it panicked.
func RecoveredLine() (line int, msg string) {
	mu.Lock()
	defer mu.Unlock()
	s := recoveredLine
	recoveredLine = site{}
	return s.line, s.msg
}
