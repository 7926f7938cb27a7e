package check

import (
	"go/ast"
	"go/types"
)

// A slice of an indexed operand, rows[i][lo:hi] of a [][]int (or of a
// []string, a [][4]int): Go checks the index, then the slice's bounds,
// and an out of range slice panics with "slice bounds out of range [:5]
// with capacity 3" (yaegi v0.16.1: "reflect.Value.Slice: slice index out
// of bounds"). The slice's check reads the operand again (cap(rows[i])),
// so the operand's index must give the same value twice (stableBound)
// and be checked before: where the index's check goes before the
// statement (or the index cannot be out of range: a range loop's key
// over rows), so does the slice's, after it; where the index is checked
// in the expression, so is the slice, after it. Which is known once the
// walk has been through the operand: slice leaves placeholders that
// sliceWalked fills.

// pendingSlice is a slice of an indexed operand whose check is placed
// once the walk leaves it.
type pendingSlice struct {
	edit        int    // the first of its two placeholders in lw.edits
	open, close string // the check in the expression
	pre         string // the check before the statement
}

// stableIndexed reports whether e is x[i] of a slice, array or string x
// (or a pointer to an array) without effects, and i may be evaluated
// twice (stableBound).
func (lw *lowerer) stableIndexed(e ast.Expr) bool {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok || !pure(ix.X) && !lw.assertedPure(ix.X) || !lw.info.Types[ix.Index].IsValue() || !lw.stableBound(ix.Index) {
		return false
	}
	t := lw.info.TypeOf(ix.X)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Basic:
		return u.Info()&types.IsString != 0
	}
	return false
}

// pendSlice leaves the placeholders of n's check in the expression (at
// the low bound, or after [ without one) and records the checks.
func (lw *lowerer) pendSlice(n *ast.SliceExpr, p pendingSlice) {
	if lw.pendingSlices == nil {
		lw.pendingSlices = map[*ast.SliceExpr]pendingSlice{}
	}
	p.edit = len(lw.edits)
	if n.Low == nil {
		lw.insert(n.Lbrack+1, "")
		lw.insert(n.Lbrack+1, "")
	} else {
		lw.insert(n.Low.Pos(), "")
		lw.insertClose(n.Low.End(), "")
	}
	lw.pendingSlices[n] = p
}

// sliceWalked places the check of n, a slice pending (pendSlice), when
// the walk leaves it (n is the top of the walk's stack): before its
// statement when its operand's index is checked there or cannot be out
// of range, else in the expression.
func (lw *lowerer) sliceWalked(n *ast.SliceExpr) {
	p, ok := lw.pendingSlices[n]
	if !ok {
		return
	}
	delete(lw.pendingSlices, n)
	if !lw.keptPlaceholders(p.edit, 2) {
		return
	}
	ix := ast.Unparen(n.X).(*ast.IndexExpr)
	if lw.prechecked[ix] || lw.rangedIndex(ix) {
		if at := lw.precheckAt(n); at.IsValid() {
			lw.insertPre(at, n, p.pre)
			lw.markPrechecked(n, n.X)
			return
		}
	}
	lw.edits[p.edit].Text, lw.edits[p.edit+1].Text = p.open, p.close
}

// rangedIndex reports whether ix is x[k] of the key k of a range loop
// over x, or of the counter of a loop bounded by len(x) (index leaves
// it unchecked).
func (lw *lowerer) rangedIndex(ix *ast.IndexExpr) bool {
	k, ok := ast.Unparen(ix.Index).(*ast.Ident)
	if !ok {
		return false
	}
	x, ok := ast.Unparen(ix.X).(*ast.Ident)
	r := lw.ranges[lw.info.Uses[k]]
	return ok && r != nil && r == lw.info.Uses[x]
}
