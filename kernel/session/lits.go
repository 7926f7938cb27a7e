package session

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// yaegi v0.16.1 names the frame of a function literal after the function
// around it, main.boom.func (main.boom.func.func inside another literal,
// or when the literal's first statement starts with one of the
// lowering's), and gives the position of the first thing it runs. The
// cell of a literal in a declared function is its function's, and the
// line of that position, in the source the function was evaluated in,
// says which of its literals it is (cell.Lit) — when the session knows
// where in that source the function's declaration started (funcHist).

// funcHist is what the session evaluated of a function or method a
// cell declared, by its Key: a function literal of an earlier version
// may still run (a closure kept in a variable), so a literal's frame is
// named only when every version that could have made it agrees.
type funcHist struct {
	versions []funcVersion
}

// funcVersion is a version of a function the session evaluated.
type funcVersion struct {
	d    *cell.Decl
	line int // the lines before its line 1 in the source evaluated; -1 when not known
}

// recordAt is record for a declaration evaluated after line lines of
// the source evaluated (-1: not known).
func (s *Session) recordAt(d *cell.Decl, line int) {
	s.logDecl(d)
	s.placed(d, line)
}

// placed notes that d was evaluated after line lines (-1: not known) of
// the source evaluated.
func (s *Session) placed(d *cell.Decl, line int) {
	if d.Kind != cell.Func && d.Kind != cell.Method {
		return
	}
	if s.funcs == nil {
		s.funcs = map[string]*funcHist{}
	}
	h := s.funcs[d.Key()]
	if h == nil {
		h = &funcHist{}
		s.funcs[d.Key()] = h
	}
	for i, v := range h.versions {
		if v.line == line && v.d.Source() == d.Source() && v.d.Src == d.Src {
			h.versions[i].d = d // the same code at the same place: the latest cell
			return
		}
	}
	h.versions = append(h.versions, funcVersion{d: d, line: line})
}

// litFrame is what the session knows of a frame yaegi names with a
// function literal's name (X.func, X.func.func) in a function X a cell
// declared.
type litFrame struct {
	d    *cell.Decl // the version of X it is of; nil when not known
	lit  *cell.Lit  // the literal whose frame it is, when known
	own  bool       // X's own frame (its first statement starts with a literal)
	sure bool       // whether lit and own say which frame it is
}

// literalFrame returns what the session knows of the frame yaegi names
// fn (without "main.") at line and col of the source evaluated, when fn
// is a literal's name in a function a cell declared: each version of the
// function evaluated that can have made it must say the same.
func (s *Session) literalFrame(fn string, line, col int) (litFrame, bool) {
	base, _, ok := strings.Cut(fn, ".func")
	if !ok || base == "" {
		return litFrame{}, false
	}
	d, unique := s.frameDecl(base)
	if d == nil || !unique {
		return litFrame{}, false
	}
	h := s.funcs[d.Key()]
	if h == nil {
		return litFrame{}, true // of X, in a version not known
	}
	same := true // every version has d's source
	for _, v := range h.versions {
		same = same && v.d.Source() == d.Source()
	}
	var found []litFrame
	for _, v := range h.versions {
		f, ok := versionFrame(v, line, col)
		if !ok {
			continue // it cannot be of that version
		}
		if !f.sure {
			found = nil
			break
		}
		found = append(found, f)
	}
	if len(found) == 0 {
		if same {
			return litFrame{d: d}, true
		}
		return litFrame{}, true
	}
	f := found[0]
	for _, g := range found[1:] {
		switch {
		case f.own && g.own:
		case f.lit != nil && g.lit != nil && f.d.Cell == g.d.Cell && f.lit.Name == g.lit.Name && sameSites(f.lit.Sites, g.lit.Sites):
		default:
			if same {
				return litFrame{d: d}, true
			}
			return litFrame{}, true
		}
	}
	if f.own {
		f.d = d // (a function's own frame is named by its latest version, as any)
	}
	return f, true
}

// versionFrame is literalFrame for version v of a function: false when
// the frame cannot be of v (its position is not in v's source).
func versionFrame(v funcVersion, line, col int) (litFrame, bool) {
	f := litFrame{d: v.d}
	if v.line < 0 {
		return f, true // evaluated where the session did not note
	}
	if line == 1 {
		col -= declPrefix
	}
	l := line - v.line // the line in v's source, the cell's
	lines := strings.Split(v.d.Src, "\n")
	if l < 1 || l > len(lines) || col < 1 || col > len(lines[l-1]) || strings.TrimSpace(lines[l-1][col-1:col]) == "" {
		return f, false
	}
	at := [2]int{l, col}
	for i := range v.d.Lits {
		lt := &v.d.Lits[i]
		if lt.Open == [2]int{} || lt.Close == [2]int{} {
			return f, true // a literal whose braces the lowering replaced
		}
		// the innermost literal whose body holds the position
		if before(lt.Open, at) && before(at, lt.Close) && (f.lit == nil || before(f.lit.Open, lt.Open)) {
			f.lit = lt
		}
	}
	f.own, f.sure = f.lit == nil, true
	return f, true
}

func sameSites(a, b map[string][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		if !slices.Equal(x, b[k]) {
			return false
		}
	}
	return true
}

// before reports whether position a is before b.
func before(a, b [2]int) bool {
	return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
}

// allSites returns the lines of d's body and its literals' where a
// panic of kind can come from.
func allSites(d *cell.Decl, kind string) []int {
	lines := append([]int(nil), d.Sites[kind]...)
	for _, lt := range d.Lits {
		for _, l := range lt.Sites[kind] {
			if !containsInt(lines, l) {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// forwarderCall is the text of a lowering's literal forwarding to a
// method before the call (kernel/check's methodExpr and methodValue:
// func(gofuturesA1 *T, gofuturesA2 int) { gofuturesA1.M(gofuturesA2) }),
// and forwardedCall the call's start.
var (
	forwarderCall = regexp.MustCompile(`func\((?:gofuturesA\d+ [^{}]*)?\)[^{}]*\{ (?:return )?$`)
	forwardedCall = regexp.MustCompile(`^gofutures[A-Z]\w*\d+\.\w+\(`)
)

// forwarderFrame reports whether a frame of a literal of function base
// at (line, col) is at the call in a literal the lowering made to
// forward to a method (a method expression, a method value), whose frame
// Go does not have: the text of the source there, in every version of
// base the position can be in.
func (s *Session) forwarderFrame(base string, line, col int) bool {
	d, unique := s.frameDecl(base)
	if d == nil || !unique || s.funcs[d.Key()] == nil {
		return false
	}
	found := false
	for _, v := range s.funcs[d.Key()].versions {
		if v.line < 0 {
			return false
		}
		c := col
		if line == 1 {
			c -= declPrefix
		}
		lines := strings.Split(v.d.Src, "\n")
		l := line - v.line
		if l < 1 || l > len(lines) || c < 1 || c > len(lines[l-1]) {
			continue
		}
		text := lines[l-1]
		if !forwarderCall.MatchString(text[:c-1]) || !forwardedCall.MatchString(text[c-1:]) {
			return false
		}
		found = true
	}
	return found
}
