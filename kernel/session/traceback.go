package session

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Each top-level statement of a cell first calls At of package linePkg
// (imported as lineName, a compiled package the session provides, so that
// no cell can shadow or retype it) with its line. yaegi v0.16.1 reports a
// panic at the start of the function it happened in, not where (its
// runCfg loses the node it was running), so the line of a panicking
// statement comes from here.
const (
	linePkg  = "gofutures/cellline"
	lineName = "gofuturescellline"
)

// markName is the interpreter's variable where lowered functions store
// the marks of the line running (check.Config's SiteMarker): an
// interpreted store costs a function less than one through a compiled
// package's pointer.
const markName = "gofuturesmark"

// exitMarkName is the interpreter's variable where lowered functions
// store the marks of the place they return at (check.Config's
// ExitMarker), apart from markName's: a mark of a line running in a
// return statement stays for the call that panics there.
const exitMarkName = "gofuturesexit"

// at records the top-level statement about to run: its line, and whether
// the session runs it inside a function literal (cell.Parsed.StmtBlocks).
func (s *Session) at(line int, wrapped bool) {
	v := int64(line) << 1
	if wrapped {
		v |= 1
	}
	s.stmt.Store(v)
}

// atMain records the top-level statement of the cell's func main about
// to run: its first and last lines (check.Config's MainMarker).
func (s *Session) atMain(start, end int) {
	s.main.Store(int64(start)<<32 | int64(end))
}

// stmtError is evalError for a cell's statements: a panic's traceback
// ends at the line of the top-level statement that was running.
func (s *Session) stmtError(err error, count int, pm posMap) *Error {
	var p interp.Panic
	if !errors.As(err, &p) {
		return s.evalError(err, count, "", pm)
	}
	v := s.stmt.Load()
	at := &stmtPos{line: int(v >> 1), wrapped: v&1 == 1, checked: pm.lowered != nil && !pm.unwrapped, lits: newStmtLits(pm.lowered, count)}
	if pm.lowered != nil {
		at.calls, at.ends = pm.lowered.Calls, pm.lowered.StmtLines
	}
	return s.panicError(p, count, at)
}

// stmtPos is the top-level statement a panic happened in.
type stmtPos struct {
	line    int       // 0 if unknown
	wrapped bool      // run inside the session's function literal
	checked bool      // the statements ran lowered, in kernel/check's function literal
	lits    *stmtLits // the literals of the statements, nil when none or not known
	// calls and ends are the statements' calls and the last line of
	// each top-level statement by its first (check.Lowered's Calls and
	// StmtLines); nil when not known
	calls map[string][]int
	ends  map[int]int
	// goroutine is set for the panic of a goroutine a cell's go statement
	// started (gopanic.go), which runs no top-level statement: lits are
	// then those of the cell's statements that were running, if any
	goroutine bool
}

// panicError describes a panic: its value, then the functions it went
// through, innermost first, each named with the cell that declared it,
// and, when statements of cell count were running (st is not nil), the
// cell and line of the top-level statement.
func (s *Session) panicError(p interp.Panic, count int, st *stmtPos) *Error {
	if rv, ok := p.Value.(reflect.Value); ok && rv.Kind() == reflect.Interface && !rv.IsNil() {
		// yaegi v0.16.1 panics with the reflect.Value of panic's argument
		// of its static type: of an interface type (panic(r) of a value
		// recover returned, iter.Pull's next raising its sequence's
		// panic), fmt prints the value it holds one level deeper, a
		// pointer as an address, not as rt noted it (PanicText)
		p.Value = rv.Elem()
	}
	printed := fmt.Sprint(p.Value) // (what rt noted the value under; once: it may call a cell's Error)
	s.mu.Lock()
	frames := append([]string(nil), s.frames...) // (before panicMessage calls Error: its frames are not the panic's)
	s.mu.Unlock()
	e, words := panicMessage(p, printed)
	t := s.newTracer(p, printed, st, frames)
	t.tb = []string{"panic: " + e.Value}
	if e.Name == "fatal error" {
		t.tb[0] = "fatal error: " + e.Value
	}
	t.walk()
	e.Traceback = t.tb
	switch {
	case st != nil && st.line > 0:
		l := st.line
		if g := st.deferredRaiser(t); g != nil {
			// (a deferred call of a function the statement called
			// raised it as that function returned: its frame, its call)
			e.Traceback = append(e.Traceback, t.s.returnFrame(g))
			t.outer = frameID{d: g}
		}
		if t.line >= l && onlyTopLevel(t.frames, st.wrapped) {
			l = t.line // a statement nested in it noted its own
		} else if cl := st.callLine(t.outer); cl > 0 {
			l = cl // its one call that can have made the frame inside
		} else if cl := t.stmtEntryLine(); cl > 0 {
			l = cl // its call of the compiled code that called a method (carried.go)
		}
		e.Traceback = append(e.Traceback, fmt.Sprintf("Cell In[%d], line %d", count, l))
	case st != nil && !st.goroutine || t.top:
		e.Traceback = append(e.Traceback, fmt.Sprintf("Cell In[%d]", count))
	}
	if words != "" {
		e.Traceback = append(e.Traceback, "(yaegi: "+words+")")
	}
	return e
}

// panicMessage returns the error of panic p, with its name and value (as
// Go prints them), but no traceback yet, and the words of the
// interpreter's own message where Go's runtime error stands for them.
// printed is the value as fmt prints it.
func panicMessage(p interp.Panic, printed string) (e *Error, words string) {
	e = &Error{Cause: p}
	own := !reflectCalled(p.Stack)
	switch v := p.Value.(type) {
	case *ExitError:
		e.Name, e.Value = "Exit", v.Error()
	case *reflect.ValueError:
		// a method of reflect.Value on the zero Value: yaegi v0.16.1's
		// nil pointer dereference (*p, p.f, p.M() on a nil p)
		e.Name = "panic"
		e.Value, words = runtimeMessage(v.Error(), own)
		if v.Kind == reflect.Invalid && own {
			e.Value, words = "runtime error: "+nilDeref, v.Error()
		}
	case error:
		e.Name = "panic"
		e.Value, words = runtimeMessage(v.Error(), own)
		e.Value = strings.ReplaceAll(e.Value, "\n", "\n\t") // (as Go prints a value's lines)
	case string:
		e.Name = "panic"
		e.Value, words = runtimeMessage(v, own)
		e.Value = strings.ReplaceAll(e.Value, "\n", "\n\t")
	default:
		e.Name, e.Value = "panic", fmt.Sprint(v)
	}
	text, fault := rt.NotedText(printed)
	if fault != nil && e.Name == "panic" {
		// its Error or String panicked: Go's runtime ends the program so
		e.Name, e.Value = "fatal error", fault.Error()
		return e, words
	}
	if text != "" && e.Name == "panic" {
		e.Value = text // the value as Go prints it (the lowering's rt.PanicText)
	}
	if e.Name == "panic" {
		// the panics it happened during, as Go prints them
		e.Value = rt.NotedChain(printed, e.Value)
		if compiledRepanic(p.Stack) && !strings.HasSuffix(e.Value, repanicked) {
			e.Value += repanicked // (compiled code's deferred call: carried.go)
		}
	}
	return e, words
}
