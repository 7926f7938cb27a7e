package session

import (
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// literalText returns the text of the i-th frame, lf, of a function
// literal in a function a cell declared: the function's cell, and the
// line of the innermost frame as for a function. inner is the frame
// inside it, when known.
func (t *tracer) literalText(i int, lf litFrame, inner frameID, innermost bool) string {
	name, lc := goName(lf.d), lf.d.Cell
	if lf.d.Generic != "" {
		// a literal in a copy of a generic function's instance: Go's name
		// of it, in the cell of the generic function
		name, lc = lf.d.Generic+"[...]", lf.d.GenericCell
	}
	sites := allSites(lf.d, t.kind) // (somewhere in the function)
	text := "a function literal in " + name
	if lf.lit != nil {
		sites, text = lf.lit.Sites[t.kind], name+"."+lf.lit.Name
	}
	if innermost && t.line == 0 {
		switch {
		case t.kind != "" && len(sites) == 1:
			t.line = sites[0]
		case t.kind != "" && lf.lit != nil:
			t.line = t.s.markedLine(lf.lit.Mark, sites)
		case t.raiser != "" && lf.lit != nil:
			t.line = oneLine(lf.lit.Calls[check.CallsCompiled+t.raiser])
		}
	}
	t.readFrame(nil, lf.lit)
	cl := 0 // the line of its call of the frame inside it
	if lf.lit != nil {
		t.callee = frameID{d: lf.d, lit: lf.lit.Name}
		if !innermost {
			cl = callLine(lf.lit.Calls, lf.d, inner, nil)
		}
		if cl == 0 && t.carried > 0 && i == t.carried {
			cl = entryLine(lf.lit.Calls, t.entry, nil) // its call of the compiled code that called the method
		}
	}
	if innermost && t.line > 0 {
		cl = t.line
	}
	text = frameText(lc, cl, text)
	if parent, ok := t.deferringParent(i, lf, lc, name, text); ok {
		return parent // (heldlits.go)
	}
	if lf.lit == nil || !lf.lit.Deferred || nextFrameIs(t.frames, i, "main."+frameName(lf.d)) {
		return text
	}
	// yaegi v0.16.1 prints no frame for a function whose deferred call
	// panicked: Go's is at its closing brace when it was returning, or
	// at the panic whose deferred calls were running
	t.tb = append(append(t.tb, text), t.held...)
	t.held = nil
	t.callee = frameID{d: lf.d}
	heldCall := 0 // its call of the frame held, whose panic's deferred calls ran
	if t.heldInner.d != nil {
		heldCall = callLine(lf.d.Calls, lf.d, t.heldInner, nil)
	}
	l := 0
	switch {
	case heldCall > 0 && t.heldInner.d != lf.d:
		// (the earlier panic was the held frame's, of another function:
		// a line noted for it is not lf.d's, whatever its number)
		l = heldCall
	case t.dKnown:
		l = t.s.deferringLine(lf.d, t.dLine, t.during, t.dErr, heldCall)
	}
	return frameText(lc, l, name)
}

// declText returns the text of the i-th frame, at line fl and column
// fc, of function fn a cell declared (or, guessed, of a literal in it);
// false when the frame is held, to come after a deferred call's. inner
// is the frame inside it, when known.
//
// yaegi gives the function's first statement, not the one that
// panicked: the line is what a lowered panic call or index check noted
// (rt.PanicLine), or the one place in the function a panic of its kind
// can come from (cell.Decl's Sites), for the innermost frame.
func (t *tracer) declText(i int, fn string, fl, fc int, inner frameID, innermost, guessed bool) (string, bool) {
	c := 0
	d, unique := t.s.frameDeclAt(fn, fl, fc)
	defer t.readFrame(d, nil)
	if d != nil {
		c, fn = d.Cell, d.Names[0] // a method's is T.M
		if d.Generic != "" {
			// a copy of a generic function's instance: Go's name
			// of it, in the cell of the generic function
			c, fn = d.GenericCell, d.Generic+"[...]"
		}
	}
	if innermost && t.line > 0 && t.dKnown && t.during && d != nil && !inDecl(d, t.line) {
		// the noted line is not d's: d's frame is of the panic whose
		// deferred call raised this one, printed by yaegi as it unwound
		// before the deferred call ran; Go's is after the deferred call's
		name := strings.Replace(fn, cell.MainName, "main", 1)
		l := 0
		if inDecl(d, t.dLine) && unique {
			// the panic whose deferred calls ran is d's own
			l = t.dLine
			t.callee, t.heldInner = frameID{d: d}, frameID{d: d}
		}
		t.held = append(t.held, frameText(c, l, name))
		return "", false
	}
	if t.line == 0 && unique && innermost {
		t.line = t.innermostLine(d, guessed)
		if g := t.s.deferredRaiser(d.Calls, d.Sites, t.kind, t.s.mainRange(d)); t.line == 0 && !guessed && g != nil {
			t.tb = append(t.tb, t.s.returnFrame(g))
			innermost, inner = false, frameID{d: g}
		}
	}
	cl := 0 // the line of its call of the frame inside it
	if d != nil && unique && !guessed {
		t.callee = frameID{d: d}
		if !innermost {
			cl = callLine(d.Calls, d, inner, t.s.mainRange(d))
			if cl == 0 && d.Mark != 0 && !slices.Contains(t.marks, d.Mark) && !t.callsInside {
				// (no frame inside it stored marks of its body since:
				// the last is of its call, callmarks.go)
				cl = t.s.markedCall(d.Mark, callLines(d.Calls, d, inner, t.s.mainRange(d)))
			}
			if cl == 0 && t.heldInner.d != nil && inner.d == d && inner.lit != "" {
				// its deferred literal panicked during the panic of a
				// frame inside it, held: it was calling that
				cl = callLine(d.Calls, d, t.heldInner, t.s.mainRange(d))
			}
			if cl == 0 && t.carried > 0 && i == t.carried {
				cl = entryLine(d.Calls, t.entry, t.s.mainRange(d)) // its call of the compiled code that called the method
			}
		}
	}
	if fn == cell.MainName {
		fn = "main"
	}
	if innermost && t.line > 0 {
		cl = t.line
	}
	text := "in " + fn
	if c > 0 {
		text = frameText(c, cl, fn)
	}
	if dd := t.s.deferrer(d); dd != nil && unique && !guessed && t.dKnown && !nextFrameIs(t.frames, i, "main."+frameName(dd)) && !nextFrameIs(t.frames, i, "main."+frameName(dd)+".func") {
		// d was called by a defer statement of dd, whose frame yaegi
		// v0.16.1 does not print (as for a deferred literal's)
		t.tb = append(append(t.tb, text), t.held...)
		t.held = nil
		text = t.s.deferringFrame(dd, t.dLine, t.during, t.dErr)
		t.callee = frameID{d: dd}
	}
	return text, true
}

// innermostLine returns the line of the innermost frame, of function d
// (guessed: or of a literal in it), that nothing noted: the one place in
// it of the panic's kind, the one its marks say ran, or its one call of
// the compiled function that raised it; 0 if none.
func (t *tracer) innermostLine(d *cell.Decl, guessed bool) int {
	line := 0
	switch {
	case t.kind == "":
	case !guessed:
		line = siteLine(d, t.kind)
		if line == 0 {
			line = t.s.markedLine(d.Mark, d.Sites[t.kind])
		}
		if line == 0 && d.Names[0] == cell.MainName && d.Kind == cell.Func {
			line = t.s.mainSite(d, t.kind) // (main's statements say which ran)
		}
	default:
		if lines := allSites(d, t.kind); len(lines) == 1 {
			return lines[0] // (its own frame, or a literal's in it)
		}
		if line = t.s.markedLine(d.Mark, d.Sites[t.kind]); line == 0 {
			for _, lt := range d.Lits {
				if line = t.s.markedLine(lt.Mark, lt.Sites[t.kind]); line > 0 {
					break
				}
			}
		}
	}
	if line == 0 && t.raiser != "" && !guessed {
		// (main's statements say which ran)
		line = entryLine(d.Calls, t.raiser, t.s.mainRange(d))
		if line == 0 {
			line = t.s.markedCall(d.Mark, d.Calls[check.CallsCompiled+t.raiser]) // (callmarks.go)
		}
	}
	return line
}

// readFrame notes, for the frames outside, what the frame of function d
// (of its literal lit, when not nil) tells of the marks: their tag, and
// whether it calls what may be the notebook's code. A caller's call mark
// (callmarks.go) is read only when no frame inside it is of its body and
// none calls the notebook's code: a function those frames called and
// that returned may have been the caller's, which stored marks of its own
// (F calls G, which calls F(0), which returns, then G panics).
func (t *tracer) readFrame(d *cell.Decl, lit *cell.Lit) {
	calls := map[string][]int(nil)
	switch {
	case lit != nil:
		t.marks = append(t.marks, lit.Mark)
		calls = lit.Calls
	case d != nil:
		t.marks = append(t.marks, d.Mark)
		calls = d.Calls
	default:
		t.callsInside = true // (not known)
		return
	}
	for k := range calls {
		if !strings.HasPrefix(k, check.CallsCompiled) {
			t.callsInside = true
		}
	}
}
