package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"maps"
	"slices"
	"strings"
)

// A function whose body has several lines where a runtime error of one
// kind can come from (Sites) leaves the traceback without the line of
// the one that panicked: yaegi v0.16.1 loses the node it ran. Where a
// body has several lines of a kind, the lowering stores a mark, its tag
// and the line, in Config.SiteMarker's variable before the statements
// that hold them (gofuturesmark = 2117644; ), and the session
// reads the last mark stored when such an error ends the cell.
//
// A mark costs an interpreted store to a global variable (up to 20 ns,
// what a short statement costs yaegi), so it goes in front of the outermost statement whose
// sites of those kinds are on one line and that calls no function of the
// notebook's (whose marks would overwrite it; but see callmarks.go): before a loop whose body
// has one such line, not in it. A loop with map writes or divisions on
// several lines, which marks would slow by a third, leaves its function
// without marks (hotLoop), as does a body where a mark could be read for
// another line than the one that ran: a site in a loop's condition or
// post statement, a range's key or value, an else-if's condition, cases
// of several lines, a deferred call that is a site.

// markedKinds are the kinds of site marks tell apart. Unchecked indexes
// (loops bounded by len(x)) and nil dereferences (every field selected
// through a pointer) are in too much of the hot code for a mark in
// front of each: nil dereferences are marked only in a declared
// function's body whose loops have none (markBody), on the lines left
// after those of a pointer dereferenced before (nonnil.go).
var markedKinds = []string{SiteNilMap, SiteDiv, SiteAssert, SiteSend, SiteClose, SiteMake, SiteConv, SiteHash}

// MarkLineBits is how many low bits of a mark hold the line; the others
// are the tag of the function or literal that stored it.
const MarkLineBits = 12

// bodyMarks is what siteMarkers planned for one body.
type bodyMarks struct {
	tag   int
	edits []Edit
}

// siteMarkers plans the marks of fd's body and of each function literal
// in it (named as lits names them), by the name ("" for fd's body).
func (lw *lowerer) siteMarkers(fd *ast.FuncDecl, src string) map[string]bodyMarks {
	if lw.cfg.SiteMarker == "" || lw.noLines || fd.Body == nil {
		return nil
	}
	out := map[string]bodyMarks{}
	if m, ok := lw.markBody(fd.Body, src, ""); ok {
		out[""] = m
	}
	eachLit(fd, func(fl *ast.FuncLit, name string) {
		if bm, ok := lw.markBody(fl.Body, src, name); ok {
			out[name] = bm
		}
	})
	return out
}

// markBody plans the marks of body: false when it needs none or cannot
// have them.
func (lw *lowerer) markBody(body *ast.BlockStmt, src, name string) (bodyMarks, bool) {
	all := map[string][]int{}
	lw.inspectSites(body, nil, func(kind string, p token.Pos) {
		if l := lw.line(p); l > 0 && !slices.Contains(all[kind], l) {
			all[kind] = append(all[kind], l)
		}
	})
	kinds := map[string]bool{}
	for _, k := range markedKinds {
		if len(all[k]) > 1 {
			kinds[k] = true
		}
	}
	if lw.hotLoop(body) {
		return bodyMarks{}, false
	}
	var calls map[*ast.CallExpr]bool // (callmarks.go)
	if name == "" {
		calls = lw.ambiguousCalls(body)
	}
	h := fnv.New32a()
	// (blank space after the declaration is no part of it: a cell run
	// again with a blank line added at its end keeps its tags)
	h.Write([]byte(strings.TrimRight(src, " \t\r\n") + "\x00" + name))
	tag := int(h.Sum32()&(1<<19-1)) + 1
	if name == "" && len(all[SiteNil]) > 1 && !lw.loopSites(body, SiteNil) {
		// nil dereferences too, in a declared function's body where no
		// loop has one (not a literal's, which may be a goroutine's: its
		// marks would race with another's of the same literal); without
		// them when their marks cannot tell the lines
		withNil := maps.Clone(kinds)
		withNil[SiteNil] = true
		if calls != nil {
			withCalls := maps.Clone(withNil)
			withCalls[siteCall] = true
			if m, ok := lw.marks(body.List, withCalls, calls, tag); ok {
				return m, true
			}
		}
		if m, ok := lw.marks(body.List, withNil, nil, tag); ok {
			return m, true
		}
	}
	if calls != nil {
		withCalls := maps.Clone(kinds)
		withCalls[siteCall] = true
		if m, ok := lw.marks(body.List, withCalls, calls, tag); ok {
			return m, true
		}
	}
	if len(kinds) == 0 {
		return bodyMarks{}, false
	}
	return lw.marks(body.List, kinds, nil, tag)
}

// marks plans the marks, carrying tag, of the sites of kinds in the
// statements of a body (and of calls, when kinds has siteCall): false
// when it needs none or cannot have them.
func (lw *lowerer) marks(list []ast.Stmt, kinds map[string]bool, calls map[*ast.CallExpr]bool, tag int) (bodyMarks, bool) {
	m := &marking{lw: lw, kinds: kinds, calls: calls, list: list, tag: tag, ok: true}
	m.stmts(list)
	if !m.ok || len(m.edits) == 0 {
		return bodyMarks{}, false
	}
	lw.edits = append(lw.edits, m.edits...)
	return bodyMarks{tag: m.tag, edits: m.edits}, true
}

// loopSites reports whether a loop in body (not in a function literal)
// has a site of kind: nil dereferences, in too much of the hot code for
// a mark, are marked only outside loops.
func (lw *lowerer) loopSites(body *ast.BlockStmt, kind string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			lw.inspectSites(n, nil, func(k string, _ token.Pos) { found = found || k == kind })
			return false
		}
		return !found
	})
	return found
}

// hotKinds are the kinds of site whose operation costs an interpreted
// loop little more than a mark does (a map write, a division): a loop
// whose iterations would store marks for them has none.
var hotKinds = map[string]bool{SiteNilMap: true, SiteDiv: true}

// hotLoop reports whether a loop in body (not in a function literal)
// has sites of a kind of hotKinds on several lines.
func (lw *lowerer) hotLoop(body *ast.BlockStmt) bool {
	hot := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			lines := map[string][]int{}
			lw.inspectSites(n, nil, func(kind string, p token.Pos) {
				if l := lw.line(p); hotKinds[kind] && !slices.Contains(lines[kind], l) {
					lines[kind] = append(lines[kind], l)
					hot = hot || len(lines[kind]) > 1
				}
			})
			return false
		}
		return !hot
	})
	return hot
}

// marking is markBody's work on one body.
type marking struct {
	lw    *lowerer
	kinds map[string]bool // the kinds of several lines
	calls map[*ast.CallExpr]bool
	list  []ast.Stmt
	sites map[int]bool // the lines of list's sites of kinds, made once
	tag   int
	edits []Edit
	ok    bool // false: a site no mark can tell
}

// lines returns the lines of n's sites of the marked kinds (outside
// function literals).
func (m *marking) lines(ns ...ast.Node) []int {
	var out []int
	add := func(kind string, p token.Pos) {
		if l := m.lw.line(p); m.kinds[kind] && l > 0 && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	for _, n := range ns {
		m.lw.inspectSites(n, nil, add)
		inspectCalls(n, m.calls, add)
	}
	return out
}

func (m *marking) stmts(list []ast.Stmt) {
	for _, st := range list {
		m.stmt(st, st.Pos())
	}
}

// mark inserts a mark of line before the statement at pos.
func (m *marking) mark(pos token.Pos, line int) {
	if line >= 1<<MarkLineBits {
		m.ok = false
		return
	}
	o := m.lw.off(pos)
	tag := m.tag
	if m.kinds[siteCall] && !m.siteLines()[line] {
		tag |= CallMarkBit // (it tells no site's line)
	}
	text := fmt.Sprintf("%s = %d; ", m.lw.cfg.SiteMarker, tag<<MarkLineBits|line)
	m.edits = append(m.edits, Edit{Start: o, End: o, Text: text, seq: seqMarker})
}

// head marks, before the statement at pos, the one line of the sites of
// ns (parts of a statement that run before what it holds).
func (m *marking) head(pos token.Pos, ns ...ast.Node) {
	switch ls := m.lines(ns...); len(ls) {
	case 0:
	case 1:
		m.mark(pos, ls[0])
	default:
		m.ok = false
	}
}

// stmt marks st, whose mark goes at pos (before its label).
func (m *marking) stmt(st ast.Stmt, pos token.Pos) {
	ls := m.lines(st)
	if len(ls) == 0 {
		return
	}
	if d, ok := st.(*ast.DeferStmt); ok && m.deferredSite(d.Call) {
		m.ok = false // (the call runs when the function returns)
		return
	}
	if len(ls) == 1 && !m.callsNotebook(st) {
		m.mark(pos, ls[0])
		return
	}
	switch s := st.(type) {
	case *ast.LabeledStmt:
		m.stmt(s.Stmt, pos)
	case *ast.BlockStmt:
		m.stmts(s.List)
	case *ast.IfStmt:
		m.head(pos, s.Init, s.Cond)
		m.stmts(s.Body.List)
		for e := s.Else; e != nil; {
			switch x := e.(type) {
			case *ast.BlockStmt:
				m.stmts(x.List)
				e = nil
			case *ast.IfStmt:
				if len(m.lines(x.Init, x.Cond)) > 0 {
					m.ok = false // (no statement before an else-if's condition)
				}
				m.stmts(x.Body.List)
				e = x.Else
			}
		}
	case *ast.ForStmt:
		if len(m.lines(s.Cond, s.Post)) > 0 {
			m.ok = false // (they run after the body's marks)
			return
		}
		m.head(pos, s.Init)
		m.stmts(s.Body.List)
	case *ast.RangeStmt:
		if len(m.lines(s.Key, s.Value)) > 0 {
			m.ok = false
			return
		}
		m.head(pos, s.X)
		m.stmts(s.Body.List)
	case *ast.SwitchStmt:
		heads := []ast.Node{s.Init, s.Tag}
		for _, c := range s.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				heads = append(heads, e)
			}
		}
		m.head(pos, heads...)
		for _, c := range s.Body.List {
			m.stmts(c.(*ast.CaseClause).Body)
		}
	case *ast.TypeSwitchStmt:
		m.head(pos, s.Init, s.Assign)
		for _, c := range s.Body.List {
			m.stmts(c.(*ast.CaseClause).Body)
		}
	case *ast.SelectStmt:
		var heads []ast.Node
		for _, c := range s.Body.List {
			heads = append(heads, c.(*ast.CommClause).Comm)
		}
		m.head(pos, heads...)
		for _, c := range s.Body.List {
			m.stmts(c.(*ast.CommClause).Body)
		}
	default:
		if len(ls) > 1 {
			m.ok = false // (one statement over several lines)
			return
		}
		// (a call in it may store marks of its own: another function's
		// tag tells them, a recursive call's may leave its own line)
		m.mark(pos, ls[0])
	}
}

// deferredSite reports whether the call a defer statement defers is
// itself a site (close(c), a call of a nil func value).
func (m *marking) deferredSite(c *ast.CallExpr) bool {
	found := false
	m.lw.inspectSites(c, nil, func(kind string, p token.Pos) {
		if m.kinds[kind] && p == c.Lparen {
			found = true
		}
	})
	return found
}

// callsNotebook reports whether n calls a function that may be the
// notebook's (which may store marks of its own): anything but a
// builtin, a conversion or a function or method of an imported package.
func (m *marking) callsNotebook(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		c, ok := x.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		fun := ast.Unparen(c.Fun)
		if tv := m.lw.info.Types[fun]; tv.IsType() || tv.IsBuiltin() {
			return true
		}
		var obj types.Object
		switch f := fun.(type) {
		case *ast.Ident:
			obj = m.lw.info.Uses[f]
		case *ast.SelectorExpr:
			obj = m.lw.info.Uses[f.Sel]
		}
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == m.lw.pkg {
			found = true
			return false
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			found = true // (an interface's method: a notebook type's, maybe)
		}
		return !found
	})
	return found
}

// keptIn returns b's tag when newLowered kept each of its marks (an
// edit around one may have dropped it), else 0.
func (b bodyMarks) keptIn(l *Lowered) int {
	if b.tag == 0 {
		return 0
	}
	for _, e := range b.edits {
		if !slices.ContainsFunc(l.edits, func(k Edit) bool { return k.Start == e.Start && k.End == e.End && k.Text == e.Text }) {
			return 0
		}
	}
	return b.tag
}
