package session

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// mainSite returns the line of the one place in d, the cell's func main,
// where a panic of kind can come from within the top-level statement
// that was running, or 0.
func (s *Session) mainSite(d *cell.Decl, kind string) int {
	v := s.main.Load()
	start, end := int(v>>32), int(v&(1<<32-1))
	line := 0
	for _, l := range d.Sites[kind] {
		if start <= l && l <= end {
			if line > 0 {
				return 0
			}
			line = l
		}
	}
	return line
}

// frameID is what a frame of a panic's traceback is of: function d's
// body, or its literal lit's; d is nil when not known.
type frameID struct {
	d   *cell.Decl
	lit string
}

// callLine returns the line of the one call in a body of function d,
// whose calls are calls (cell.Decl's Calls), that can have made the
// frame inner, within lines within (all when nil); 0 when there are
// none or several, or inner is not known.
func callLine(calls map[string][]int, d *cell.Decl, inner frameID, within func(int) bool) int {
	if lines := callLines(calls, d, inner, within); len(lines) == 1 && lines[0] > 0 {
		return lines[0]
	}
	return 0
}

// callLines returns the lines of the calls in a body of function d,
// whose calls are calls, that can have made the frame inner, within
// lines within (all when nil); nil when inner is not known.
func callLines(calls map[string][]int, d *cell.Decl, inner frameID, within func(int) bool) []int {
	if inner.d == nil {
		return nil
	}
	var lines []int
	add := func(ls []int) {
		for _, l := range ls {
			if (within == nil || within(l)) && !slices.Contains(lines, l) {
				lines = append(lines, l)
			}
		}
	}
	switch name := inner.d.Names[0]; {
	case inner.lit != "":
		if inner.d == d {
			add(calls[inner.lit]) // (d's literals' names are d's)
		}
	case inner.d.Kind == cell.Method:
		add(calls[name])
		add(copyMethodCalls(calls, name)) // (of a generic type's copy, in a copy's body)
		if _, m, ok := strings.Cut(name, "."); ok {
			add(calls[check.CallsMethod+m])
		}
	default:
		add(calls[name])
		if inner.d.Generic != "" {
			add(calls[inner.d.Generic]) // (a copy's caller calls the generic function)
		}
	}
	add(calls[check.CallsAny])
	return lines
}

// oneLine returns the line of lines when there is one, not 0 (a
// deferred call's), else 0.
func oneLine(lines []int) int {
	if len(lines) == 1 {
		return lines[0]
	}
	return 0
}

// deferrer returns the one function the notebook declared whose body
// defers a call of d (a deferred call's line in Calls is 0) when no
// body calls d otherwise (by name), nil if none.
func (s *Session) deferrer(d *cell.Decl) *cell.Decl {
	if d == nil || len(d.Names) != 1 || d.Kind != cell.Func && d.Kind != cell.Method {
		return nil
	}
	key := d.Names[0]
	var found *cell.Decl
	for _, x := range s.decls {
		if x.Kind != cell.Func && x.Kind != cell.Method {
			continue
		}
		for _, l := range x.Calls[key] {
			if l != 0 || found != nil {
				return nil
			}
			found = x
		}
		for _, lt := range x.Lits {
			if len(lt.Calls[key]) > 0 {
				return nil
			}
		}
	}
	return found
}

// deferredRaiser returns the one function a body calls, at one line
// within lines within (all when nil), whose deferred calls can raise a
// panic of kind (check.SiteDeferred), when the body, whose calls and
// sites are calls and sites, cannot raise it itself: what raised it as
// that function returned; nil when there is none or several.
func (s *Session) deferredRaiser(calls, sites map[string][]int, kind string, within func(int) bool) *cell.Decl {
	if kind == "" || len(sites[kind]) > 0 {
		return nil
	}
	var found *cell.Decl
	for _, x := range s.decls {
		if x.Kind != cell.Func && x.Kind != cell.Method || x.Generic != "" || len(x.Sites[check.SiteDeferred+kind]) == 0 {
			continue
		}
		if callLine(calls, &cell.Decl{}, frameID{d: x}, within) == 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = x
	}
	return found
}

// goName returns Go's name of d's function: main for the cell's func
// main, T.M for a method.
func goName(d *cell.Decl) string {
	if d.Names[0] == cell.MainName {
		return "main"
	}
	return d.Names[0]
}

// frameText is the traceback's frame of function name in cell c, at
// line (none when 0).
func frameText(c, line int, name string) string {
	if line > 0 {
		return fmt.Sprintf("Cell In[%d], line %d, in %s", c, line, name)
	}
	return fmt.Sprintf("Cell In[%d], in %s", c, name)
}

// returnFrame is the text of the frame of d's function as it returns,
// at its exitLine: the frame of a function whose deferred call
// panicked, which yaegi v0.16.1 does not print.
func (s *Session) returnFrame(d *cell.Decl) string {
	return frameText(d.Cell, s.exitLine(d), goName(d))
}

// exitLine returns the line of d's frame as it returns (Go's deferred
// calls run there): its one return statement's (Sites' check.SiteExit),
// else the one its exit marks say it returned at (check's exitmarks.go),
// else its closing brace's when it can end there and nothing says, 0
// when none is known.
func (s *Session) exitLine(d *cell.Decl) int {
	_, last := declLines(d)
	exits, ok := d.Sites[check.SiteExit]
	if len(exits) == 1 {
		return exits[0]
	}
	if l := markIn(s.exitMark, d.ExitMark, exits); l > 0 {
		return l
	}
	if !ok || slices.Contains(exits, last) {
		return last
	}
	return 0
}

// deferringLine returns the line of the frame of d, whose deferred call
// panicked, which yaegi v0.16.1 does not print: its exitLine when it
// was returning, else the place of the panic whose deferred calls
// were running: dLine, when d's, or heldCall, its call of the frame of
// that panic (0: none), or the one place in d's body of dErr's kind; 0
// when none is known.
func (s *Session) deferringLine(d *cell.Decl, dLine int, during bool, dErr error, heldCall int) int {
	first, last := declLines(d)
	switch {
	case !during:
		return s.exitLine(d)
	case dLine > 0 && first <= dLine && dLine <= last:
		return dLine
	case heldCall > 0:
		return heldCall
	case dLine == 0 && dErr != nil:
		return siteLine(d, errorKind(dErr))
	}
	return 0
}

// deferringFrame is the text of the frame of dd, whose deferred call
// panicked (deferringLine).
func (s *Session) deferringFrame(dd *cell.Decl, dLine int, during bool, dErr error) string {
	return frameText(dd.Cell, s.deferringLine(dd, dLine, during, dErr, 0), goName(dd))
}

// frameName returns the name yaegi gives the frame of d's function,
// after "main.": a method's is the method's name.
func frameName(d *cell.Decl) string {
	if _, m, ok := strings.Cut(d.Names[0], "."); ok && d.Kind == cell.Method {
		return m
	}
	return d.Names[0]
}

// declLines returns the first and last lines in its cell of d's
// source (whose other lines are blank), 0s when it has none.
func declLines(d *cell.Decl) (first, last int) {
	for i, l := range strings.Split(d.Source(), "\n") {
		if strings.TrimSpace(l) != "" {
			if first == 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	return first, last
}

// inDecl reports whether line is one of d's in its cell.
func inDecl(d *cell.Decl, line int) bool {
	first, last := declLines(d)
	return first <= line && line <= last
}

// mainRange returns, for d, the cell's func main, a test of the lines
// of the top-level statement of it that was running (its Main marker's),
// or nil when d is another function or main ran no marker.
func (s *Session) mainRange(d *cell.Decl) func(int) bool {
	v := s.main.Load()
	if d.Names[0] != cell.MainName || d.Kind != cell.Func || v == 0 {
		return nil
	}
	start, end := int(v>>32), int(v&(1<<32-1))
	return func(l int) bool { return l == 0 || start <= l && l <= end }
}

// markedLine returns the line of the last mark a lowered function
// stored (check.Config's SiteMarker) when the body whose marks carry tag
// stored it and it is one of sites, the lines where the panic's kind of
// runtime error can come from; else 0.
func (s *Session) markedLine(tag int, sites []int) int {
	return markIn(s.mark, tag, sites)
}

// markIn is markedLine of the marks stored in *mark.
func markIn(mark *int, tag int, sites []int) int {
	if mark == nil {
		return 0
	}
	v := *mark
	if tag == 0 || v>>check.MarkLineBits != tag {
		return 0
	}
	if l := v & (1<<check.MarkLineBits - 1); slices.Contains(sites, l) {
		return l
	}
	return 0
}

// markedCall returns the line of the last mark a lowered function
// stored when the body whose marks carry tag stored it, a mark before a
// call or before a site (check.CallMarkBit), and it is one of lines, the
// lines of the body's calls that can have made the frame inside; else 0.
func (s *Session) markedCall(tag int, lines []int) int {
	if s.mark == nil || tag == 0 {
		return 0
	}
	v := *s.mark
	if t := v >> check.MarkLineBits; t != tag && t != tag|check.CallMarkBit {
		return 0
	}
	if l := v & (1<<check.MarkLineBits - 1); slices.Contains(lines, l) {
		return l
	}
	return 0
}

// deferredRaiser returns the function whose deferred call raised the
// panic t traces as it returned, when the top-level statement called it
// and nothing else printed a frame or noted a line (Session's
// deferredRaiser); nil if none.
func (st *stmtPos) deferredRaiser(t *tracer) *cell.Decl {
	within := st.within()
	if len(t.tb) != 1 || t.line != 0 || within == nil {
		return nil
	}
	return t.s.deferredRaiser(st.calls, nil, t.kind, within)
}

// within returns a test of the lines of the top-level statement that
// was running, nil when they are not known.
func (st *stmtPos) within() func(int) bool {
	end := st.ends[st.line]
	if end == 0 {
		return nil
	}
	return func(l int) bool { return st.line <= l && l <= end }
}

// callLine returns the line of the one call in the top-level statement
// that was running that can have made frame inner, or 0.
func (st *stmtPos) callLine(inner frameID) int {
	within := st.within()
	if within == nil || inner.d == nil {
		return 0
	}
	d := &cell.Decl{}
	if st.lits != nil {
		d = st.lits.d // (its literals' frames are of it)
	}
	return callLine(st.calls, d, inner, func(l int) bool { return l == 0 || within(l) }) // (0: a deferred call's)
}
