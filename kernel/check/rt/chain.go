package rt

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// Go prints, for a panic that ends the program, the panics it happened
// during: the ones whose deferred calls were running, each marked
// [recovered] when a deferred call recovered it before the new panic
// (and [recovered, repanicked] when the new one panicked with its value
// again). yaegi v0.16.1 runs an interpreted function's deferred calls in
// the deferred function of its runCfg, which the Go panic calls: while
// such a call runs, the goroutine's stack has that function between the
// call (reflect.Value.Call) and runtime.gopanic, whose caller raised the
// panic (or, the interpreter raising it again in each function it
// unwinds, the deferred function of an inner runCfg, called by an
// earlier gopanic of the same panic). A panic is known by where it was
// raised: the runCfg of the function that raised it and its callers, and
// whether the panic builtin raised it (each of a cell's panic calls
// notes itself: PanicText, Panic), the program counters of the stack; a
// recover of a cell notes what it returned (Recovered). Noting costs a
// runtime.Callers; the stacks are read only when the session reports a
// panic (NotedChain).

// link is a panic of a goroutine that may still be running deferred
// calls.
type link struct {
	where     raiseSite // where it was raised
	value     any
	text      func() string // the value as Go prints it
	recovered bool
	line      int // the cell line of the panic call, 0 if not known
	// own is set for a runtime error the interpreter raised running
	// the function whose deferred calls recovered it (not a function it
	// called)
	own bool
}

// events are what cells did that a panic's text may need, the latest
// logSize, of every goroutine: only those of the goroutines that run
// cells (the interpreter's EvalWithContext's, one at a time, one after
// the other) are read (evalGoroutine), as a goroutine's id costs a
// runtime.Stack.
var events struct {
	sync.Mutex
	ring [logSize]event
	n    int // events logged so far
}

const logSize = 32

// event is a panic a cell raised, a recover that returned a value, or a
// wrapper of deferred calls that caught a panic (Defers).
type event struct {
	kind int
	pcs  []uintptr // the goroutine's stack, runtime.Callers'
	v    any
	text func() string
	skip int // of a panic: the runCfg of the function that raises it (see from)
	line int // of a panic: its cell line, 0 if not known
	// check is set for a runtime error a check of lowered code raised
	// (fail), not the panic builtin
	check bool
}

const (
	raised = iota
	recoveredEvent
	caught
)

// logEvent adds e to the log and returns its number.
func logEvent(e event) int {
	pcs := make([]uintptr, 128)
	for {
		n := runtime.Callers(3, pcs)
		if n < len(pcs) {
			e.pcs = pcs[:n]
			break
		}
		pcs = make([]uintptr, 2*len(pcs))
	}
	events.Lock()
	defer events.Unlock()
	events.ring[events.n%logSize] = e
	events.n++
	return events.n
}

// logUpTo returns the events logged up to the n-th, the earliest first,
// after one that stands for those no longer in the log.
func logUpTo(n int) []event {
	events.Lock()
	defer events.Unlock()
	if n < 1 || n > events.n || events.n-n >= logSize {
		return nil
	}
	var out []event
	first := max(1, events.n-logSize+1)
	if first > 1 {
		out = append(out, event{kind: caught}) // (what was dropped is not known)
	}
	for i := first; i <= n; i++ {
		out = append(out, events.ring[(i-1)%logSize])
	}
	return out
}

// evalGoroutine reports whether frames are of a goroutine that runs a
// cell.
func evalGoroutine(frames []frame) bool {
	for _, f := range frames {
		if f.fn == interpPkg+"(*Interpreter).EvalWithContext.func1" {
			return true
		}
	}
	return false
}

// frame is a function of a stack: its name and program counter.
type frame struct {
	fn string
	pc uintptr
}

func framesOf(pcs []uintptr) []frame {
	var out []frame
	fs := runtime.CallersFrames(pcs)
	for {
		f, more := fs.Next()
		out = append(out, frame{f.Function, f.PC})
		if !more {
			return out
		}
	}
}

// raiseSite is where a panic was raised: the frames from the runCfg of the
// function that raised it on, and whether the panic builtin raised it.
type raiseSite struct {
	frames  string
	builtin bool
	// own: not builtin, raised by the interpreter (runtime, reflect or
	// yaegi's code only) in the function of the runCfg whose deferred
	// function the panic called, not in one it called
	own bool
}

const (
	interpPkg = "github.com/traefik/yaegi/interp."
	runCfg    = interpPkg + "runCfg"
	deferred  = interpPkg + "runCfg.func1" // runCfg's deferred function
)

// from returns the frames from the n-th (0-based) runCfg on.
func from(frames []frame, n int) string {
	for i, f := range frames {
		if f.fn != runCfg {
			continue
		}
		if n > 0 {
			n--
			continue
		}
		var b strings.Builder
		for _, g := range frames[i:] {
			fmt.Fprintf(&b, "%s@%x;", g.fn, g.pc)
		}
		return b.String()
	}
	return ""
}

// active returns where the panics whose deferred calls are running on
// the stack were raised, the earliest first.
func active(frames []frame) []raiseSite {
	var out []raiseSite
	for i := 1; i+1 < len(frames); i++ {
		if frames[i].fn != deferred || frames[i+1].fn != "runtime.gopanic" || !strings.HasPrefix(frames[i-1].fn, "reflect.Value.") {
			continue
		}
		// past the interpreter's raising it again
		j := i + 2
		for j+1 < len(frames) && frames[j].fn == deferred && frames[j+1].fn == "runtime.gopanic" {
			j += 2
		}
		if j >= len(frames) {
			continue
		}
		own := j == i+2 // (no inner function's runCfg raised it again)
		for _, f := range frames[j:] {
			if f.fn == runCfg {
				break
			}
			own = own && (strings.HasPrefix(f.fn, "runtime.") || strings.HasPrefix(f.fn, "reflect.") || strings.HasPrefix(f.fn, interpPkg))
		}
		builtin := frames[j].fn == interpPkg+"_panic.func1"
		out = append([]raiseSite{{from(frames[j:], 0), builtin, own && !builtin}}, out...)
	}
	return out
}

// chainOf returns the panics the last of log, a panic, happened during,
// the earliest first, or nil when some of those are not known.
func chainOf(log []event) []link {
	var links []link
	unknown := false
	var chain []link
	var pending *link // a runtime error recovered by the event before (recovering)
	for i, e := range log {
		frames := framesOf(e.pcs)
		if e.kind != caught && !evalGoroutine(frames) {
			if i == len(log)-1 {
				return nil // (a goroutine of the cell's, which may run the same code as another)
			}
			continue
		}
		var during []raiseSite
		if e.kind != caught {
			during = active(frames)
		}
		if pending != nil && (e.kind != raised || len(during) == 0 || during[len(during)-1] != pending.where) {
			// the deferred call that recovered it did more before
			// panicking anew, or did not panic: not told apart from
			// another runtime error raised at the same program counters
			// (a panic raised during it later finds no link there)
			pending = nil
		}
		switch e.kind {
		case caught:
			unknown = true
		case raised:
			chain = nil
			known := !unknown
			for _, r := range during {
				if pending != nil && r == pending.where {
					chain = append(chain, *pending)
				} else if l, ok := latest(links, r); ok {
					chain = append(chain, l)
				} else {
					known = false
				}
			}
			if len(during) == 0 {
				unknown, known = false, true
			}
			links = links[:0:0]
			for _, l := range chain {
				if !l.where.builtin {
					continue // (a runtime error's link: for this panic only)
				}
				links = append(links, l)
			}
			links = append(links, link{where: raiseSite{from(frames, e.skip), !e.check, false}, value: e.v, text: e.text, line: e.line})
			pending = nil
			if !known {
				chain = nil
			}
		case recoveredEvent:
			links, pending = recovering(links, during, e, &unknown)
		}
	}
	return chain
}

// recovering returns links after a cell's recover returned e.v, the
// panic of the innermost deferred call running (during: the panics
// running), and, when that was a runtime error the interpreter raised
// (which no event noted: a link where it was raised is an earlier
// panic's), the link of it that only a panic the deferred call raises
// next may be raised during.
func recovering(links []link, during []raiseSite, e event, unknown *bool) ([]link, *link) {
	if len(during) == 0 {
		return links, nil
	}
	r := during[len(during)-1]
	if re, ok := e.v.(runtime.Error); ok && !r.builtin {
		// (a check's link of it, logged by fail, with its line, is no
		// longer running)
		line := 0
		if l, ok := latest(links, r); ok {
			line = l.line
		}
		links = slices.DeleteFunc(links, func(l link) bool { return l.where == r })
		return links, &link{where: r, value: e.v, text: re.Error, recovered: true, own: r.own, line: line}
	}
	for i := len(links) - 1; i >= 0; i-- {
		if links[i].where == r {
			if fmt.Sprint(links[i].value) == fmt.Sprint(e.v) {
				links[i].recovered = true
			} else {
				*unknown = true // (a wrapper's)
			}
			return links, nil
		}
	}
	// a panic no panic call of a cell's raised, of a value not a runtime
	// error (a compiled function's): not told apart
	*unknown = true
	return links, nil
}

// latest returns the last of links raised at r.
func latest(links []link, r raiseSite) (link, bool) {
	for i := len(links) - 1; i >= 0; i-- {
		if links[i].where == r {
			return links[i], true
		}
	}
	return link{}, false
}

// goText returns v as Go prints a panic's value, for a runtime error or
// a value of a basic type; nil otherwise.
func goText(v any) func() string {
	switch x := v.(type) {
	case error:
		return x.Error
	case fmt.Stringer:
		return x.String
	case nil:
		return nil
	}
	if k := reflect.TypeOf(v).Kind(); k <= reflect.Complex128 || k == reflect.String {
		return func() string { return PanicValueText(v, "") }
	}
	return nil
}

// chainText returns how Go prints a panic with text, which happened
// during the panics of chain, the earliest first: "first [recovered]\n\tpanic: text".
func chainText(chain []link, v any, text string) string {
	type p struct {
		text                  string
		recovered, repanicked bool
	}
	ps := make([]p, 0, len(chain)+1)
	for _, l := range chain {
		ps = append(ps, p{text: l.text(), recovered: l.recovered})
	}
	ps = append(ps, p{text: text})
	for i := len(chain) - 1; i >= 0; i-- {
		next := v
		if i+1 < len(chain) {
			next = chain[i+1].value
		}
		if same(chain[i].value, next) {
			ps[i].repanicked = true
		}
	}
	var b strings.Builder
	for i, q := range ps {
		if i > 0 {
			if ps[i-1].repanicked {
				continue
			}
			b.WriteString("\n\tpanic: ")
		}
		b.WriteString(q.text)
		switch {
		case q.recovered && q.repanicked:
			b.WriteString(" [recovered, repanicked]")
		case q.recovered:
			b.WriteString(" [recovered]")
		}
	}
	return b.String()
}

// same reports whether a and b are the same value (Go: the same
// interface words), as far as == says.
func same(a, b any) (eq bool) {
	if a == nil || b == nil || reflect.TypeOf(a) != reflect.TypeOf(b) || !reflect.TypeOf(a).Comparable() {
		return false
	}
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// raising notes a panic of a cell with v about to be raised by the
// function of the skip-th runCfg on the stack (0: the innermost), and
// returns its number in the log.
func raising(v any, text func() string, skip, line int) int {
	return logEvent(event{kind: raised, v: v, text: text, skip: skip, line: line})
}

// recoveredBy notes that a cell's recover returned v.
func recoveredBy(v any) { logEvent(event{kind: recoveredEvent, v: v}) }

// defersCaught notes that a wrapper of deferred calls (Defers) caught a
// panic: which panics are running is not the interpreter's stack's.
func defersCaught() { logEvent(event{kind: caught}) }
