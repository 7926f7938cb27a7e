package check

import (
	"go/ast"
	"go/types"
)

// An index of an indexed operand, rows[i][col] of a [][]int or b[r][c]
// of a *[3][3]byte: Go checks rows[i], then col, and panics with "index
// out of range [1] with length 1" (yaegi v0.16.1: "reflect: slice index
// out of range", which the traceback tells only as "index out of range").
// The check of col reads the operand again (len(rows[i])), so every index
// in the operand must be pure and give the same value twice, and be
// checked before it: where the operand's indexes are checked before the
// statement (or cannot be out of range: a range loop's key over rows), so
// is col, after them; else col is checked in the expression, after the
// operand's. Which is known once the walk has been through the operand:
// pendIndex leaves placeholders that indexWalked fills, as for slices
// (sliceindexed.go).

// pendingIndex is an index of an indexed operand whose check is placed
// once the walk leaves it.
type pendingIndex struct {
	edit        int    // the first of its two placeholders in lw.edits
	open, close string // the check in the expression
	pre         string // the check before the statement
}

// indexedChain reports whether e is an index expression whose operands
// and indexes are pure (x[i][j], g.cells[i], (*p)[i].row), the operand
// of a checked index reading it again.
func indexedChain(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		return (pure(x.X) || indexedChain(x.X)) && pure(x.Index)
	case *ast.SelectorExpr:
		return indexedChain(x.X)
	case *ast.StarExpr:
		return indexedChain(x.X)
	}
	return false
}

// pendIndex leaves the placeholders of n's check, check( and the length
// of the operand, around its index, where the statement may hold the
// check before it; else it checks n in the expression.
func (lw *lowerer) pendIndex(n *ast.IndexExpr, open, close, pre string, before bool) {
	if lw.checkedIdx != nil {
		lw.checkedIdx[n] = len(lw.edits) // (sites)
	}
	if !before {
		lw.insert(n.Index.Pos(), open)
		lw.insertClose(n.Index.End(), close)
		return
	}
	if lw.pendingIndexes == nil {
		lw.pendingIndexes = map[*ast.IndexExpr]pendingIndex{}
	}
	lw.pendingIndexes[n] = pendingIndex{edit: len(lw.edits), open: open, close: close, pre: pre}
	lw.insert(n.Index.Pos(), "")
	lw.insertClose(n.Index.End(), "")
}

// indexWalked places the check of n, an index pending (pendIndex), when
// the walk leaves it (n is the top of the walk's stack): before its
// statement when its operand's indexes are checked there or cannot be
// out of range, else in the expression.
func (lw *lowerer) indexWalked(n *ast.IndexExpr) {
	p, ok := lw.pendingIndexes[n]
	if !ok {
		return
	}
	delete(lw.pendingIndexes, n)
	if !lw.keptPlaceholders(p.edit, 2) {
		return
	}
	if lw.operandChecked(n.X) {
		if at := lw.precheckAt(n); at.IsValid() {
			if lw.checkedIdx != nil {
				lw.checkedIdx[n] = len(lw.edits) // (sites)
			}
			lw.insertPre(at, n, p.pre)
			lw.markPrechecked(n, n.X)
			return
		}
	}
	lw.edits[p.edit].Text, lw.edits[p.edit+1].Text = p.open, p.close
}

// operandChecked reports whether each index in e (an indexedChain's
// operand) is checked before the statement or needs no check: a map's,
// a range loop's key over its operand, a constant into an array.
func (lw *lowerer) operandChecked(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return lw.operandChecked(x.X)
	case *ast.StarExpr:
		return lw.operandChecked(x.X)
	case *ast.IndexExpr:
		if !lw.operandChecked(x.X) {
			return false
		}
		switch u := typeUnder(lw.info.TypeOf(x.X)).(type) {
		case *types.Map:
			return true
		case *types.Array:
			if lw.info.Types[x.Index].Value != nil {
				return true
			}
		case *types.Pointer:
			if _, ok := u.Elem().Underlying().(*types.Array); ok && lw.info.Types[x.Index].Value != nil {
				return true
			}
		}
		return lw.prechecked[x] || lw.rangedIndex(x)
	}
	return false
}

// keptPlaceholders reports whether the n edits from edit on are still
// the placeholders a pending check left there (indexes, slices, calls'
// results: nothing replaced them since).
func (lw *lowerer) keptPlaceholders(edit, n int) bool {
	if edit+n > len(lw.edits) {
		return false
	}
	for i := edit; i < edit+n; i++ {
		if lw.edits[i].seq != i {
			return false
		}
	}
	return true
}
