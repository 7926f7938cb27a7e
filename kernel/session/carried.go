package session

import (
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// A cell type's method that compiled code calls (json's MarshalJSON and
// UnmarshalJSON, through the lowering's rt.Table) runs in a literal of
// the lowering's that recovers its panic, and rt panics again with the
// value in compiled code (rt.NotedCarried): Go's trace of that panic has
// the method's frames, and those of the functions it called, inside the
// compiled code's. yaegi printed them as the method's panic unwound to
// the literal; the frames the last panic went through follow.

// repanicked is what Go's runtime prints after the value of a panic that
// a deferred call recovered and raised again.
const repanicked = " [recovered, repanicked]"

// frameCount returns how many frames of unwinding panics yaegi printed
// for the cell running (rt.SetFrameCount).
func (s *Session) frameCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.frames)
}

// lastFrames returns, of frames, the n that the last panic, whose value
// prints as msg, went through (those before are of panics recovered on
// the way), after the frames of the method's panic that rt raised again
// as this one, when it did: carried is how many those are.
func lastFrames(frames []string, n int, msg string) (last []string, carried int) {
	last = frames[len(frames)-n:]
	from, to, ok := rt.NotedCarried(msg)
	if !ok || to != len(frames)-n {
		return last, 0
	}
	return append(slices.Clip(frames[from:to]), last...), to - from
}

// carriedEntry returns the name, as Go's runtime names its frame, of the
// compiled function a cell called (encoding/json.Marshal) inside which rt
// raised again a method's panic (the first compiled function after the
// last panic that the interpreter called through reflect), "" when not
// known.
func carriedEntry(stack []byte) string { return reflectCallee(stack, true) }

// entryLine returns the line of the one call among calls (a body's,
// cell.Decl's Calls) of compiled function entry within lines within (all
// when nil), 0 when there are none or several or entry is "".
func entryLine(calls map[string][]int, entry string, within func(int) bool) int {
	if entry == "" {
		return 0
	}
	var lines []int
	for _, l := range calls[check.CallsCompiled+entry] {
		if within == nil || within(l) {
			lines = append(lines, l)
		}
	}
	return oneLine(lines)
}

// compiledRepanic reports whether, in the stack of a panic, a deferred
// function of compiled code (encoding/json's, which lets through a
// panic of a Marshaler it calls) recovered a panic and panicked again
// with its value: the two panics' arguments are the same, with that
// function's frame between them. yaegi's own frames that do so, and
// the session's, do not count.
func compiledRepanic(stack []byte) bool {
	var fns []string // the function lines, innermost first
	for _, l := range strings.Split(string(stack), "\n") {
		if l != "" && !strings.HasPrefix(l, "\t") {
			fns = append(fns, l)
		}
	}
	for i := 0; i+2 < len(fns); i++ {
		a, f, b := fns[i], fns[i+1], fns[i+2]
		if !strings.HasPrefix(a, "panic(") || a != b {
			continue
		}
		name := f
		if j := strings.LastIndex(f, "("); j > 0 {
			name = f[:j]
		}
		if strings.HasPrefix(f, "github.com/traefik/yaegi/") || strings.HasPrefix(f, "github.com/gofutures/") ||
			strings.HasPrefix(f, "runtime.") || !strings.Contains(name, ".func") {
			continue
		}
		return true
	}
	return false
}

// stmtEntryLine returns, when the frames after the method's panic's
// (carried) are of the cell's top-level statements only, the line of the
// one call of the compiled function that called the method (entry) in
// the statement that was running; 0 otherwise.
func (t *tracer) stmtEntryLine() int {
	st := t.st
	if t.carried == 0 || st == nil || st.line == 0 || !onlyTopLevel(t.frames[t.carried:], st.wrapped) {
		return 0
	}
	within := st.within()
	if within == nil {
		return 0
	}
	return entryLine(st.calls, t.entry, within)
}
