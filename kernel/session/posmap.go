package session

import (
	"sort"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// The wrappers yaegi puts before line 1 of what it evaluates: declarations
// go in a file, statements in func main.
const (
	declPrefix = len("package main;")
	stmtPrefix = len("package main; func main() {")
)

// posMap maps a position in source the session gave yaegi back to the
// cell: yaegi's wrapper shifts line 1 by prefix bytes, and the session
// edited src (the cell, or its statements or declarations, which keep the
// cell's offsets) with edits.
type posMap struct {
	src    string
	edits  []edit
	prefix int
	// lowered, when set, maps positions in what the checker lowered
	// (src is then unused) back to the cell.
	lowered *check.Lowered
	// decls, when set, are the lowered declarations evaluated one after
	// the other, each declLines lines long.
	decls     []*check.Lowered
	declLines int
	// unwrapped is set for lowered statements that ran as written, not
	// in kernel/check's function literal (check.Result's Wrapped)
	unwrapped bool
}

// cell returns the cell's line and column (both 1-based, columns in
// bytes) of line and column in the source yaegi evaluated.
func (m posMap) cell(line, col int) (int, int) {
	if line == 1 {
		col -= m.prefix
	}
	if len(m.decls) > 0 && m.declLines > 0 {
		i := min((line-1)/m.declLines, len(m.decls)-1)
		return m.decls[i].Position(line-i*m.declLines, max(col, 1))
	}
	if m.lowered != nil {
		return m.lowered.Position(line, max(col, 1))
	}
	if m.src == "" {
		return line, max(col, 1)
	}
	edited := applyEdits(m.src, append([]edit(nil), m.edits...))
	off := cell.Offset(edited, line, col)
	if off < 0 {
		return line, max(col, 1)
	}
	return cell.LineCol(m.src, origOffset(m.edits, off))
}

// origOffset maps an offset in the text applyEdits made back to the text
// before: an offset inside inserted or replacing text maps to the edit's
// start.
func origOffset(edits []edit, off int) int {
	sorted := append([]edit(nil), edits...)
	// The order applyEdits leaves them in, left to right.
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end < b.end
		}
		return a.right < b.right
	})
	delta := 0
	for _, e := range sorted {
		at := e.start + delta
		if off < at {
			break
		}
		if off < at+len(e.text) {
			return e.start
		}
		delta += len(e.text) - (e.end - e.start)
	}
	return off - delta
}
