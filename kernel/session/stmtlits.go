package session

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// A function literal of a cell's top-level statements runs in a frame
// yaegi v0.16.1 names main.func.func (main.func inside statements not
// wrapped, a .func more inside another literal or when its first
// statement starts with one of the lowering's), at the position of the
// first thing it runs in the statements' lowered source. Go names it as
// a literal of func main's body, main.main.func1: the literal whose body
// holds the position is the frame's, when no other cell's statements
// made a literal that may still run (cell.Lit's Outlives) whose body
// holds the same position (every evaluation's positions start at line
// 1), and no package-level variable holds a literal (main.func too, at
// positions the session does not keep).

// stmtLits are the function literals of one cell's top-level statements,
// as lowered (check.Lowered's Lits).
type stmtLits struct {
	d    *cell.Decl // stands for the statements in frameIDs: Cell, and Lits
	src  string     // the lowered statements evaluated
	lits []cell.Lit
	// opaque is set for statements evaluated without the checker's
	// literals (the cell ran as written, a %timeit the checker did not
	// make): a frame at the position of one of theirs is not told apart
	opaque bool
	// parsed is src parsed, when at needed it
	parsed *parsedStmts
}

// newStmtLits returns the literals of cell count's lowered statements l,
// nil when they have none.
func newStmtLits(l *check.Lowered, count int) *stmtLits {
	if l == nil || len(l.Lits) == 0 {
		return nil
	}
	return &stmtLits{d: &cell.Decl{Names: []string{cell.MainName}, Cell: count, Lits: l.Lits}, src: l.Src, lits: l.Lits}
}

// keepStmtLits adds to the session's the literals of sl that may run
// after its statements ended.
func (s *Session) keepStmtLits(sl *stmtLits) {
	if sl == nil {
		return
	}
	kept := &stmtLits{d: sl.d, src: sl.src}
	for _, lt := range sl.lits {
		if lt.Outlives {
			kept.lits = append(kept.lits, lt)
		}
	}
	if len(kept.lits) > 0 {
		s.mu.Lock() // (a goroutine's panic reads them: gopanic.go)
		s.stmtLits = append(s.stmtLits, kept)
		s.mu.Unlock()
	}
}

// opaqueStmts notes statements src evaluated as written, whose literals
// the checker did not list: a frame one of them may make is named by
// none (stmtLits.at).
func (s *Session) opaqueStmts(src string) {
	if strings.Contains(src, "func") {
		s.mu.Lock()
		s.stmtLits = append(s.stmtLits, &stmtLits{src: src, opaque: true})
		s.mu.Unlock()
	}
}

// stmtLitFrame returns the literal of a cell's top-level statements
// whose frame yaegi names fn (without "main.") at line and col of the
// source it evaluated, and the statements it is of; nil when fn is no
// such name or the frame cannot be told for sure. cur are the literals
// of the statements running, nil when none are.
func (s *Session) stmtLitFrame(fn string, line, col int, cur *stmtLits) (*stmtLits, *cell.Lit) {
	if fn != "func" && !strings.HasPrefix(fn, "func.") {
		return nil, nil
	}
	if line == 1 {
		col -= stmtPrefix
	}
	var found *stmtLits
	var lit *cell.Lit
	s.mu.Lock()
	all := append(s.stmtLits[:len(s.stmtLits):len(s.stmtLits)], cur)
	s.mu.Unlock()
	for _, v := range all {
		if v == nil || v == found {
			continue
		}
		lt, sure := v.at(line, col)
		if !sure || lt != nil && found != nil {
			return nil, nil
		}
		if lt != nil {
			found, lit = v, lt
		}
	}
	if lit == nil {
		return nil, nil
	}
	for _, d := range s.decls {
		if d.Kind == cell.Var && strings.Contains(d.Source(), "func") {
			return nil, nil // a package-level literal's frame may be at the position
		}
	}
	return found, lit
}

// at returns the literal of v whose frame can be at line and col of
// v.src: the innermost whose body holds the position, when something
// starts there (yaegi gives a node's position) in the body's first
// statement that runs (a frame's position is the first node it runs);
// nil when none. False when that cannot be told: v's source does not
// parse, or the lowering replaced a brace of one of its literals.
func (v *stmtLits) at(line, col int) (*cell.Lit, bool) {
	if v.parsed == nil {
		v.parsed = parseStmtLits(v.src)
	}
	ps := v.parsed
	if ps.err {
		return nil, false
	}
	at := [2]int{line, col}
	if !ps.starts[at] {
		return nil, true // no node of v's starts there
	}
	if v.opaque {
		return nil, !ps.inLit[at]
	}
	var lit *cell.Lit
	for i := range v.lits {
		lt := &v.lits[i]
		if lt.Open == [2]int{} || lt.Close == [2]int{} {
			return nil, false
		}
		if before(lt.Open, at) && before(at, lt.Close) && (lit == nil || before(lit.Open, lt.Open)) {
			lit = lt
		}
	}
	if lit == nil {
		return nil, true
	}
	end, ok := ps.firstEnd[lit.Open]
	if !ok {
		return nil, false // (no literal of the parse has the brace)
	}
	if end != [2]int{} && !before(at, end) {
		return nil, true // after its first statement: another frame's
	}
	return lit, true
}

// parsedStmts is what stmtLits.at needs of the parse of statements.
type parsedStmts struct {
	err    bool            // they do not parse
	starts map[[2]int]bool // the positions where nodes start
	// firstEnd are, by the position of a literal's opening brace, the
	// end of its body's first statement that runs (not a declaration of
	// constants or types); zero when it has none.
	firstEnd map[[2]int][2]int
	// inLit are the positions in a literal's body where nodes start
	inLit map[[2]int]bool
}

// parseStmtLits parses lowered statements src as yaegi does (in a func
// main), positions given as in src (line 1's columns without the
// wrapper's).
func parseStmtLits(src string) *parsedStmts {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package main; func main() {"+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return &parsedStmts{err: true}
	}
	pos := func(p token.Pos) [2]int {
		q := fset.Position(p)
		if q.Line == 1 {
			q.Column -= stmtPrefix
		}
		return [2]int{q.Line, q.Column}
	}
	ps := &parsedStmts{starts: map[[2]int]bool{}, firstEnd: map[[2]int][2]int{}, inLit: map[[2]int]bool{}}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		ps.starts[pos(n.Pos())] = true
		if fl, ok := n.(*ast.FuncLit); ok {
			ast.Inspect(fl.Body, func(m ast.Node) bool {
				if m != nil {
					ps.inLit[pos(m.Pos())] = true
				}
				return true
			})
			end := [2]int{}
			for _, st := range fl.Body.List {
				if ds, ok := st.(*ast.DeclStmt); ok {
					if gd, ok := ds.Decl.(*ast.GenDecl); ok && gd.Tok != token.VAR {
						continue
					}
				}
				if _, ok := st.(*ast.EmptyStmt); ok {
					continue
				}
				end = pos(st.End())
				break
			}
			ps.firstEnd[pos(fl.Body.Lbrace)] = end
		}
		return true
	})
	return ps
}

// stmtLitText is the traceback's line for the frame of lit, a literal of
// v's statements: its cell, and for the innermost frame the line noted
// (*line, set when not yet) or the one place in it a panic of kind can
// come from, for another the line of its one call that can have made
// the frame inside it, inner.
func (s *Session) stmtLitText(v *stmtLits, lit *cell.Lit, innermost bool, kind string, line *int, inner frameID) string {
	name := "main." + lit.Name
	l := 0
	switch {
	case innermost && *line > 0:
		l = *line
	case innermost && kind != "" && len(lit.Sites[kind]) == 1:
		l = lit.Sites[kind][0]
		*line = l
	case !innermost:
		l = callLine(lit.Calls, v.d, inner, nil)
	}
	return frameText(v.d.Cell, l, name)
}
