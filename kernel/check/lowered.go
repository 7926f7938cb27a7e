package check

import (
	"sort"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Edit replaces Src[Start:End] of a source with Text. Text never holds a
// newline, so that a lowered source keeps the lines of the original.
type Edit struct {
	Start, End int
	Text       string
	seq        int  // of insertions at one offset, the lower goes left
	close      bool // but closing ones go left of opening ones, the higher seq left
	// pre marks a statement put before the statement at its offset (a
	// check of the statement's index, slice or shift): it goes left of
	// the opening texts the statement's expressions get there (a
	// wrapper around its call, rt.JSONError(json.Unmarshal(...)), which
	// Go evaluates after what the check checks), right of those of
	// negative seq (line markers); preEarly ones left of preLate ones,
	// and preCalls ones (the calls callsFirst moves) left of both
	pre int8
}

// Edit.pre's values.
const (
	preEarly = 1 // checks of what Go evaluates first (tupleEarly)
	preLate  = 2
	preCalls = 3 // calls Go makes before the statement's other operands (callorder.go)
)

// Lowered is a cell's source (its statements, or one declaration's Src)
// rewritten into what yaegi v0.16.1 runs as Go would run the original.
// Lines are those of the original; columns shift after an edit on its
// line, and Position maps them back.
type Lowered struct {
	// Src is the lowered source.
	Src string
	// Orig is the source before lowering.
	Orig string
	// Imports are imports the lowered source needs that the cell may not
	// have (under names of the kernel's reserved prefix).
	Imports []Import
	// Sites are, for a function's declaration, the lines of its body
	// where each kind of runtime panic the interpreter raises itself can
	// come from (SiteIndex, ...; see sites), for the traceback.
	Sites map[string][]int
	// Lits are, for a function's declaration, the function literals in
	// its body (see lits), for the cell's statements those of the
	// statements (stmtLits), for the traceback.
	Lits []cell.Lit
	// Mark is, for a function's declaration whose body stores marks of
	// the line running (Config.SiteMarker), their tag; 0 when it has none.
	Mark int
	// ExitMark is, for a function's declaration whose body stores marks
	// of the place it returns at (exitmarks.go), their tag; 0 when none.
	ExitMark int
	// Calls are, for a function's declaration, the lines of the calls in
	// its body by what they may call (callsites.go), for a cell's
	// statements theirs, for the traceback.
	Calls map[string][]int
	// StmtLines are, for a cell's statements, the last line of each
	// top-level statement by its first (of several starting on a line,
	// the latest last), for the traceback: the calls of the one that ran.
	StmtLines map[int]int
	edits     []Edit
	// typeSet is set when the lowering looked at the notebook's set of
	// types (the types implementing an interface): a later cell that
	// declares types may change it (relower.go).
	typeSet bool
	hook    *methodHook // of a method whose body a hook may replace (methodhook.go)
}

// Changed reports whether lowering changed anything.
func (l *Lowered) Changed() bool { return len(l.edits) > 0 }

// Edits returns the edits that made Src from Orig, left to right.
func (l *Lowered) Edits() []Edit { return append([]Edit(nil), l.edits...) }

// rank orders opening texts at one offset before their seq: those of
// negative seq (line markers, the statements' function literal), then
// the statements put before their statement (pre: the early ones
// first), then the others.
func (e Edit) rank() int {
	switch {
	case e.seq < 0:
		return 0
	case e.pre == preCalls:
		return 1
	case e.pre != 0:
		return 1 + int(e.pre)
	}
	return 4
}

// newLowered applies edits (non-overlapping) to orig.
func newLowered(orig string, edits []Edit, imports []Import) *Lowered {
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i], edits[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		if a.close != b.close {
			return a.close
		}
		if a.close {
			return a.seq > b.seq
		}
		if ra, rb := a.rank(), b.rank(); ra != rb {
			return ra < rb
		}
		return a.seq < b.seq
	})
	var b strings.Builder
	last := 0
	var kept []Edit
	for _, e := range edits {
		if e.Start < last || e.End > len(orig) {
			continue // overlaps one applied already: keep the outer
		}
		b.WriteString(orig[last:e.Start])
		b.WriteString(e.Text)
		last = e.End
		kept = append(kept, e)
	}
	b.WriteString(orig[last:])
	return &Lowered{Src: b.String(), Orig: orig, edits: kept, Imports: imports}
}

// Offset maps a byte offset in Src to the offset in Orig: an offset inside
// an edit's text maps to the edit's start.
func (l *Lowered) Offset(off int) int {
	delta := 0
	for _, e := range l.edits {
		at := e.Start + delta
		if off < at {
			break
		}
		if off < at+len(e.Text) {
			return e.Start
		}
		delta += len(e.Text) - (e.End - e.Start)
	}
	return off - delta
}

// forward returns the position (line, column) in Src of the byte at
// offset off of Orig, or zeros when an edit replaced it.
func (l *Lowered) forward(off int) [2]int {
	if off < 0 || off >= len(l.Orig) {
		return [2]int{}
	}
	delta := 0
	for _, e := range l.edits {
		if e.Start > off {
			break
		}
		if off < e.End {
			return [2]int{} // replaced
		}
		delta += len(e.Text) - (e.End - e.Start) // (an insertion at off goes before it)
	}
	line, col := cell.LineCol(l.Src, off+delta)
	return [2]int{line, col}
}

// Position maps a line and column (1-based, columns in bytes) in Src to
// the line and column in Orig.
func (l *Lowered) Position(line, col int) (int, int) {
	off := cell.Offset(l.Src, line, col)
	if off < 0 {
		return line, col
	}
	o := l.Offset(off)
	return cell.LineCol(l.Orig, o)
}
