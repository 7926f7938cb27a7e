package session

import (
	"slices"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// tracer reads the frames yaegi printed as a panic unwound (innermost
// first) into the frames of the panic's traceback as Go's runtime would
// print them: named with the cell and line of the notebook's functions,
// without the frames of the lowering's own functions, with those yaegi
// does not print. What one frame tells of the next is in its fields.
type tracer struct {
	s      *Session
	st     *stmtPos // the top-level statement running, nil if none
	frames []string // yaegi's frame lines, innermost first
	tb     []string // the traceback so far: the panic's line, then frames

	kind   string // the runtime error's kind of place (cell.Decl's Sites), "" for others
	raiser string // the compiled function that raised it, "" if none
	line   int    // the line of the innermost frame, 0 until known

	// the panic whose deferred calls were running (rt.NotedDuring), when
	// known (dKnown): its line and error, or, not during, returning
	dLine          int
	during, dKnown bool
	dErr           error
	recLine        int    // the line noted for the last panic a cell recovered (rt.RecoveredLine)
	recMsg         string // and its value, printed

	// carried is how many of frames, the first, are of a cell type's
	// method's panic that rt raised again inside entry, the compiled
	// function the next frame called (carried.go); 0 when none
	carried int
	entry   string

	marks       []int    // the tags of the marks of the frames read (cell.Decl's Mark)
	callsInside bool     // a frame read calls what may be the notebook's code (readFrame)
	top         bool     // the frames went through the cell's top-level statements
	callee      frameID  // the frame inside the one being read, when known
	outer       frameID  // the outermost frame in tb, when known
	held        []string // frames of an earlier panic, for after the deferred call's
	heldInner   frameID  // the frame held whose panic's deferred calls ran
}

// newTracer returns the tracer of panic p, whose value fmt prints as
// printed, raised while st ran (nil when no top-level statement was
// running), with frames, the frames yaegi printed.
func (s *Session) newTracer(p interp.Panic, printed string, st *stmtPos, frames []string) *tracer {
	carried := 0
	if n := interpFrames(p.Stack); n > 0 && n < len(frames) {
		// the frames before are of panics recovered on the way (by
		// compiled code: fmt calling a String method)
		frames, carried = lastFrames(frames, n, printed)
	}
	if assertFailed(p.Value) && len(frames) > 0 {
		// the lowering's asserter, a function literal around the
		// assertion (kernel/check's typeAssert), is no frame of the cell's
		if m := frameLine.FindStringSubmatch(frames[0]); m != nil && isLitName(m[3]) {
			frames = frames[1:]
		}
	}
	t := &tracer{s: s, st: st, frames: frames, carried: carried}
	t.dLine, t.during, t.dKnown = rt.NotedDuring(printed)
	t.dErr, _ = rt.NotedDuringError(printed) // (before PanicLine forgets)
	t.recLine, t.recMsg = rt.RecoveredLine()
	t.line = rt.PanicLine(printed) // of the innermost function, if it said
	if len(p.Stack) > 0 && panicOrigin(p.Stack) == byCompiled {
		t.line = 0 // noted for another panic with its message, recovered
	}
	t.kind = siteKind(p.Value, p.Stack)
	if carried > 0 {
		t.kind, t.entry = valueKind(p.Value), carriedEntry(p.Stack)
	}
	t.raiser = compiledCallee(p.Stack)
	return t
}

// isLitName reports whether yaegi's name of a frame, fn, is a function
// literal's: "func", or a name ending in ".func".
func isLitName(fn string) bool {
	return fn == "func" || strings.HasSuffix(fn, ".func")
}

// walk appends the traceback's frames to t.tb.
func (t *tracer) walk() {
	prevFrame := "" // yaegi's frame line before
	for i, f := range t.frames {
		text, ok := t.frame(i, f)
		if !ok {
			continue
		}
		if n := len(t.tb); t.tb[n-1] != text || f == prevFrame {
			// (two of yaegi's frames of one of Go's, the lowering's
			// literal in a function: one; a function calling itself
			// from one place: each)
			t.tb = append(t.tb, text)
		}
		prevFrame = f
		t.outer = t.callee
	}
	if len(t.held) > 0 {
		// (no deferred call's frame: where yaegi printed them)
		t.tb = slices.Insert(t.tb, 1, t.held...)
		t.outer = frameID{}
	}
}

// frame returns the text of the traceback's frame for yaegi's frame
// f, the i-th; false when it is none of Go's (a frame of the lowering's,
// of the cell's top-level statements, of another package).
func (t *tracer) frame(i int, f string) (string, bool) {
	m := frameLine.FindStringSubmatch(f)
	if m == nil {
		return "", false
	}
	inner := t.callee
	t.callee = frameID{}
	fn := strings.TrimPrefix(m[3], "main.")
	switch {
	case initFunc.MatchString(fn):
		return "", false // the lowering's function of a variable's initializer (kernel/check/initorder.go)
	case packageCopy(fn):
		// Go's frame is of that package (iter.Pull's next), not the
		// notebook's: its caller called compiled code that called the
		// frame inside (a call that may call back)
		t.callee = inner
		return "", false
	case isLitName(fn) && t.s.hookFrame(t.frames, i):
		return "", false // a method's body in its hook (hooks.go)
	}
	innermost := len(t.tb) == 1
	fl, _ := strconv.Atoi(m[1])
	fc, _ := strconv.Atoi(m[2])
	lf, isLit := t.s.literalFrame(fn, fl, fc) // a literal's name in a declared function
	ownLit := isLit && lf.sure && lf.own      // a literal of the lowering's in a declared function
	guessed := false                          // the frame may be a function literal's
	if base, ok := strings.CutSuffix(fn, ".func"); ok && ownLit && t.s.nextOwnFrame(t.frames, i, base) {
		// a literal of the lowering's in base (not one the checker
		// recorded), base's own frame after it: Go has none
		t.callee = inner
		return "", false
	}
	if base, _, ok := strings.Cut(fn, ".func"); ok && ownLit && t.s.forwarderFrame(base, fl, fc) {
		// the lowering's literal forwarding to a method (a method
		// expression's or value's): Go calls the method
		t.callee = inner
		return "", false
	}
	if base, _, _ := strings.Cut(fn, ".func"); ownLit {
		fn = base // its first statement starts with a literal
	} else if base, ok := strings.CutSuffix(fn, ".func"); ok && !(isLit && (lf.sure || lf.d == nil)) && t.s.cellOf(base) > 0 && !strings.Contains(fn, ".func.") && !nextFrameIs(t.frames, i, "main."+base) {
		// yaegi names a function's frame by its first statement's
		// node: a function whose first statement calls a function
		// literal of the lowering (panic's) shows as one
		fn, guessed = base, true
	}
	var cur *stmtLits
	if t.st != nil {
		cur = t.st.lits
	}
	sv, slit := t.s.stmtLitFrame(fn, fl, fc, cur)
	switch {
	case slit != nil:
		text := t.s.stmtLitText(sv, slit, innermost, t.kind, &t.line, inner)
		t.callee = frameID{d: sv.d, lit: slit.Name}
		return text, true
	case m[3] == "main" || fn == "":
		t.top = true
		return "", false
	case fn == "func" && t.st != nil && t.st.checked:
		return "", false // kernel/check's function literal around the statements
	case isLit && lf.d != nil && (lf.lit != nil || !lf.sure) && fn != "func" && strings.Contains(fn, ".func"):
		if t.holdLiteral(i, lf, innermost) {
			return "", false
		}
		return t.literalText(i, lf, inner, innermost), true
	case isLitName(fn):
		if t.st != nil && t.st.wrapped && i+1 < len(t.frames) && strings.Contains(t.frames[i+1], ": panic: main(") {
			return "", false // the session's wrapper of a top-level block
		}
		return "in a function literal", true
	default:
		return t.declText(i, fn, fl, fc, inner, innermost, guessed)
	}
}
