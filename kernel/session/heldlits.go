package session

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// holdLiteral holds the innermost frame, lf, of a function literal in a
// function a cell declared, when the line noted for the panic is not of
// that function while the deferred calls of another panic ran: the
// literal's frame is of that earlier panic (a step literal whose index
// panic a deferred literal of the function it was passed to recovered
// before panicking again), printed by yaegi as the earlier panic unwound
// it, before the deferred call ran; Go's is after the deferred call's,
// as declText holds a declared function's frame.
//
// A noted line of lf's function may be another cell's: of a panic call
// of the deferred literal whose frame is next, i-th+1 (a guard of an
// earlier cell's function that recovers the step's panic and panics
// anew), when lf has no panic call there (nextRaised).
func (t *tracer) holdLiteral(i int, lf litFrame, innermost bool) bool {
	if !innermost || t.line == 0 || !t.dKnown || !t.during || lf.lit == nil || lf.d.Generic != "" || inDecl(lf.d, t.line) && !t.nextRaised(i, lf) {
		return false
	}
	name := goName(lf.d) + "." + lf.lit.Name
	at := 0 // the line of the earlier panic in the literal
	switch sites := lf.lit.Sites[t.heldKind()]; {
	case inDecl(lf.d, t.dLine):
		at = t.dLine
	case len(sites) == 1:
		at = sites[0]
	case t.recLine > 0 && inDecl(lf.d, t.recLine) && strings.HasPrefix(t.tb[0], "panic: "+t.recMsg+" [recovered"):
		at = t.recLine // its check noted it, and the deferred call that recovered it panicked
	}
	t.held = append(t.held, frameText(lf.d.Cell, at, name))
	t.callee = frameID{d: lf.d, lit: lf.lit.Name}
	t.heldInner = t.callee
	return true
}

// nextRaised reports whether the frame after the i-th, lf's, is of a
// deferred literal of another function with a panic call at the line
// noted, which lf has none at.
func (t *tracer) nextRaised(i int, lf litFrame) bool {
	if i+1 >= len(t.frames) || slices.Contains(lf.lit.Sites[check.SitePanicCall], t.line) {
		return false
	}
	m := frameLine.FindStringSubmatch(t.frames[i+1])
	if m == nil {
		return false
	}
	fl, _ := strconv.Atoi(m[1])
	fc, _ := strconv.Atoi(m[2])
	next, ok := t.s.literalFrame(strings.TrimPrefix(m[3], "main."), fl, fc)
	return ok && next.sure && next.lit != nil && next.lit.Deferred && next.d != lf.d && slices.Contains(next.lit.Sites[check.SitePanicCall], t.line)
}

// heldKind returns the kind of site (cell.Decl's Sites) of the runtime
// error whose deferred calls ran when this panic was raised: its value's
// when noted, or this panic's when a deferred call raised it again
// (Go's "[recovered, repanicked]"); "" when not known.
func (t *tracer) heldKind() string {
	if t.dErr != nil {
		return errorKind(t.dErr)
	}
	if v, ok := strings.CutSuffix(t.tb[0], repanicked); ok {
		return errorKind(errors.New(strings.TrimPrefix(v, "panic: ")))
	}
	return ""
}

// deferringParent returns, for the frame (text) of a deferred literal lf
// inside another literal (func1.1 in func1) of function name, in cell
// lc, that panicked, the frame of that other literal, which deferred it:
// yaegi v0.16.1 prints no frame for a function whose deferred call
// panicked. It is at its call of the frame held, whose panic's deferred
// calls ran (the step it called, whose panic the deferred literal
// recovered), when known. The frame's text goes to the traceback after
// the held frames; false when lf is no such literal or yaegi printed the
// other's frame.
func (t *tracer) deferringParent(i int, lf litFrame, lc int, name, text string) (string, bool) {
	if lf.lit == nil || !lf.lit.Deferred || nextFrameIs(t.frames, i, "main."+frameName(lf.d)+".func") {
		return "", false
	}
	j := strings.LastIndex(lf.lit.Name, ".")
	if j < 0 {
		return "", false
	}
	var parent *cell.Lit
	for k := range lf.d.Lits {
		if lf.d.Lits[k].Name == lf.lit.Name[:j] {
			parent = &lf.d.Lits[k]
		}
	}
	if parent == nil {
		return "", false
	}
	t.tb = append(append(t.tb, text), t.held...)
	t.held = nil
	t.callee = frameID{d: lf.d, lit: parent.Name}
	l := 0
	if t.heldInner.d != nil && t.dKnown && t.during {
		l = callLine(parent.Calls, lf.d, t.heldInner, nil)
	}
	return frameText(lc, l, name+"."+parent.Name), true
}
