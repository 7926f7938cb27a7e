package session

import (
	"bytes"
	"regexp"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// goPanicked is check.Config's GoPanic: the goroutine of a cell's go
// statement, ending, calls it deferred with what recover() returned. A
// panic that ended the goroutine ends Go's program: with Options.GoPanic
// the session describes it as it does a cell's panic, the goroutine's
// frames with their cells and lines, and hands it over; without, the
// panic goes on to the runtime. os.Exit in the goroutine (the
// exitGate's *ExitError) goes on as it did.
func (s *Session) goPanicked(v any) {
	if v == nil {
		s.goLive.Add(-1)
		return
	}
	if _, exit := v.(*ExitError); exit || s.opts.GoPanic == nil {
		panic(v)
	}
	s.goDying.Store(true)
	again := ""
	if r, ok := v.(rt.Repanicked); ok {
		v, again = r.Value, repanicked
	}
	stack := debug.Stack()
	e := s.panicError(interp.Panic{Value: v, Stack: dropWrapperFrame(stack)}, 0, &stmtPos{goroutine: true, lits: s.running.Load()})
	if again != "" && len(e.Traceback) > 0 && !strings.HasSuffix(e.Value, again) {
		e.Value += again
		e.Traceback[0] += again
	}
	if m := goroutineHeader.FindSubmatch(stack); m != nil {
		// as Go's trace starts: the goroutine that panicked
		e.Traceback = append([]string{e.Traceback[0], string(m[0])}, e.Traceback[1:]...)
	}
	s.opts.GoPanic(e)
	select {} // (it must not return)
}

// goExited is os.Exit(code) called on a goroutine a cell started (not
// the evaluation's): with Options.GoPanic, the process ends at once, as
// Go's program does, with the cell's error an Exit (no deferred call of
// the goroutine runs); without, it returns.
func (s *Session) goExited(code int) {
	if s.opts.GoPanic == nil {
		return
	}
	s.goDying.Store(true)
	e := &ExitError{Code: code}
	s.opts.GoPanic(&Error{Name: "Exit", Value: e.Error(), Cause: e,
		Traceback: []string{"Exit: " + e.Error(), "(in a goroutine the cell started)"}})
	select {} // (it must not return)
}

// goStart is called first by the goroutine of a cell's go statement
// (check.Config's GoPanic).
func (s *Session) goStart() { s.goLive.Add(1) }

// goPanicking reports whether a goroutine of a cell's go statement is
// ending the process with its panic, or may be: one is unwinding a panic
// through interpreted code (its deferred calls run before it is
// recovered, which can let the cell go on, as <-done after a deferred
// close(done)), and dying says whether one is ending the process.
//
// It reads the goroutines' stacks from the goroutine profile, which
// lists each stack once with its count: the text of every goroutine's
// stack (runtime.Stack) took seconds after each cell of a notebook that
// left thousands of goroutines waiting.
func (s *Session) goPanicking() (maybe, dying bool) {
	if s.goDying.Load() {
		return true, true
	}
	if s.goLive.Load() == 0 {
		return false, false
	}
	var b bytes.Buffer
	if err := pprof.Lookup("goroutine").WriteTo(&b, 1); err != nil {
		return false, s.goDying.Load()
	}
	for _, g := range bytes.Split(b.Bytes(), []byte("\n\n")) {
		if unwinding(g) {
			return true, s.goDying.Load()
		}
	}
	return false, s.goDying.Load()
}

// unwinding reports whether stack, a stack of the goroutine profile
// (debug 1), is of a goroutine unwinding a panic through interpreted
// code.
func unwinding(stack []byte) bool {
	return bytes.Contains(stack, []byte("\truntime.gopanic+")) && bytes.Contains(stack, []byte("github.com/traefik/yaegi/interp.runCfg"))
}

// awaitGoPanics waits, after a cell's statements or its func main ran,
// for a goroutine of a cell's go statement that is unwinding a panic
// (for a second at most), with Options.GoPanic: if the panic ends the
// process, the cell's error is that panic, not the result its deferred
// calls may have let the cell reach (<-done after a deferred
// close(done)), and the session evaluates nothing more meanwhile (the
// members of the cell's variables), which would race with the
// goroutine in yaegi's scopes.
func (s *Session) awaitGoPanics() {
	if s.opts.GoPanic == nil {
		return
	}
	for end := time.Now().Add(time.Second); ; time.Sleep(time.Millisecond) {
		maybe, dying := s.goPanicking()
		if dying {
			select {} // (Options.GoPanic ends the process)
		}
		if !maybe || time.Now().After(end) {
			return
		}
	}
}

// goroutineHeader matches the first line of a goroutine's stack.
var goroutineHeader = regexp.MustCompile(`^goroutine [0-9]+ \[running\]:`)

// dropWrapperFrame returns stack, a goroutine's whose outermost
// interpreted frame is the lowering's wrapper of a go statement's call
// (kernel/check's goPanic), without that frame: the wrapper recovered the
// panic, so yaegi printed no frame line of it, and the count of
// interpreted frames after the panic (interpFrames) must be of those it
// printed.
func dropWrapperFrame(stack []byte) []byte {
	s := string(stack)
	const runCfg = "\ngithub.com/traefik/yaegi/interp.runCfg("
	i := strings.LastIndex(s, runCfg)
	if i < 0 || i < strings.LastIndex(s, "\npanic(") {
		return stack
	}
	// the function's line, then its file's
	end := i + 1
	for range 2 {
		n := strings.IndexByte(s[end:], '\n')
		if n < 0 {
			end = len(s)
			break
		}
		end += n + 1
	}
	return []byte(s[:i+1] + s[end:])
}
