package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// index makes an index out of range panic with Go's message ("index out
// of range [5] with length 2") and the cell's line, for slices, arrays
// (or pointers to one) and strings x without side effects. The key of a
// range loop over x itself is not checked, nor the counter of a loop
// bounded by len(x) (boundedBy).
//
// Where precheckAt allows and i may be evaluated twice (stableBound),
// the check is an if before the statement that calls the compiled check
// only to panic (indexPrecheck): "if i < 0 || i >= len(x) {
// rt.IndexL7(i, len(x)) }; " (the check of line 7, which notes its line
// for the traceback). t += s[i+k] in a loop costs about 2 times the
// unchecked loop so (CPU time, best of 9), t += s[i+1] 1.45 times with
// one comparison where the index is not negative (i counts up); one
// comparison of uint(i) and uint(len(x)) costs more than two (yaegi
// v0.16.1's conversions are slow). Elsewhere x[i] becomes
// x[rt.IndexL7(i, len(x))], a compiled call in the expression: a reflect
// call, 4.7 times the loop.
//
// The single target of an assignment x[i] = v, which Go checks when it
// assigns, after evaluating v, is checked before the statement after the
// checks of v's indexes when v is harmless once those are made
// (assignWalked), else in the expression.
func (lw *lowerer) index(n *ast.IndexExpr) {
	itv := lw.info.Types[n.Index]
	if !itv.IsValue() {
		return
	}
	xtv := lw.info.Types[n.X]
	t := xtv.Type
	if t == nil {
		return
	}
	as := lw.assignedBy(n)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	} else if as != nil {
		if lw.lastIdx == nil {
			lw.lastIdx = map[ast.Expr]bool{}
		}
		lw.lastIdx[n] = true // (harmless to what the statement evaluates after it)
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Array:
		if itv.Value != nil {
			return // the checker refused a constant index out of range
		}
	case *types.Basic:
		if u.Info()&types.IsString == 0 || itv.Value != nil && xtv.Value != nil {
			return
		}
	default:
		return
	}
	if !pure(n.X) && !lw.assertedPure(n.X) {
		if k, ok := ast.Unparen(n.Index).(*ast.Ident); ok && lw.rangeTexts[lw.info.Uses[k]] == lw.text(n.X) {
			return // the key of a range loop over n.X
		}
		if callResult(n.X) && lw.indexCallResult(n, t) {
			return
		}
		if indexedChain(n.X) {
			lw.extraImport(rtName, rt.Path)
			check, conv := lw.indexCheck(n)
			open, close := lw.inExprCheck(n, check, conv)
			lw.pendIndex(n, open, close, lw.indexPrecheck(n, check), as == nil && lw.stableBound(n.Index))
		}
		return
	}
	if k, ok := ast.Unparen(n.Index).(*ast.Ident); ok {
		if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && lw.ranges[lw.info.Uses[k]] != nil && lw.ranges[lw.info.Uses[k]] == lw.info.Uses[x] {
			return
		}
	}
	lw.extraImport(rtName, rt.Path)
	check, conv := lw.indexCheck(n)
	// (x and i evaluated in another order: not both may panic)
	if pure(n.X) && lw.stableBound(n.Index) && (lw.harmless(n.X) || lw.harmless(n.Index)) {
		if at := lw.precheckAt(n); at.IsValid() {
			switch {
			case as == nil:
				if lw.checkedIdx != nil {
					lw.checkedIdx[n] = len(lw.edits) // (sites)
				}
				lw.insertPre(at, n, lw.indexPrecheck(n, check))
				lw.markPrechecked(n, n.X)
				return
			case len(as.Lhs) == 1:
				if lw.lastChecks == nil {
					lw.lastChecks = map[ast.Stmt]lastCheck{}
				}
				lw.lastChecks[as] = lastCheck{n: n, at: at, text: lw.indexPrecheck(n, check), edit: len(lw.edits)}
			default:
				if lw.tupleTargets == nil {
					lw.tupleTargets = map[*ast.AssignStmt][]lastCheck{}
				}
				lw.tupleTargets[as] = append(lw.tupleTargets[as], lastCheck{n: n, edit: len(lw.edits)})
			}
		}
	}
	open, close := lw.inExprCheck(n, check, conv)
	if lw.checkedIdx != nil {
		lw.checkedIdx[n] = len(lw.edits) // (sites)
	}
	lw.insert(n.Index.Pos(), open)
	lw.insertClose(n.Index.End(), close)
}

// lastCheck is the check of the target of an assignment that may go
// before the statement: at, the statement's position, text, the if, and
// edit, the first of the two edits of the check in the expression.
type lastCheck struct {
	n    *ast.IndexExpr
	at   token.Pos
	text string
	edit int
}

// assignWalked places the check of as's target before as (lastCheck)
// when what as assigns is harmless, all its indexes checked before it:
// the check in the expression is taken out.
func (lw *lowerer) assignWalked(as *ast.AssignStmt) {
	lw.tupleTargetsWalked(as)
	c, ok := lw.lastChecks[as]
	if !ok {
		return
	}
	delete(lw.lastChecks, as)
	if !lw.allHarmless(as.Rhs) {
		return
	}
	if c.edit+1 >= len(lw.edits) || lw.edits[c.edit].seq != c.edit || lw.edits[c.edit+1].seq != c.edit+1 {
		return // (not the edits index made)
	}
	lw.edits[c.edit].Text, lw.edits[c.edit+1].Text = "", ""
	if lw.checkedIdx != nil {
		lw.checkedIdx[c.n] = len(lw.edits) // (sites)
	}
	lw.insertPre(c.at, c.n, c.text)
	lw.markPrechecked(c.n, c.n.X)
}

// allHarmless reports whether each of es is harmless.
func (lw *lowerer) allHarmless(es []ast.Expr) bool {
	for _, e := range es {
		if !lw.harmless(e) {
			return false
		}
	}
	return true
}

// tupleTargetsWalked takes out the checks in the expression of as's
// targets (as assigns several values) that the checks before as make
// already: a target x[i] when a value is x[i], checked before as, and
// the values are harmless (h[i], h[j] = h[j], h[i], a heap's Swap: two
// compiled calls fewer).
func (lw *lowerer) tupleTargetsWalked(as *ast.AssignStmt) {
	targets, ok := lw.tupleTargets[as]
	if !ok {
		return
	}
	delete(lw.tupleTargets, as)
	if !lw.allHarmless(as.Rhs) {
		return
	}
	assigned := map[types.Object]bool{} // (i, h[i] = ...: the old i)
	for _, l := range as.Lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok {
			assigned[lw.info.Uses[id]] = true
		}
	}
	for _, c := range targets {
		if lw.reads(c.n, assigned) || c.edit+1 >= len(lw.edits) || lw.edits[c.edit].seq != c.edit || lw.edits[c.edit+1].seq != c.edit+1 {
			continue
		}
		for _, r := range as.Rhs {
			v, ok := ast.Unparen(r).(*ast.IndexExpr)
			if !ok || !lw.prechecked[v] || lw.text(v.X) != lw.text(c.n.X) || lw.text(v.Index) != lw.text(c.n.Index) {
				continue
			}
			lw.edits[c.edit].Text, lw.edits[c.edit+1].Text = "", ""
			if lw.checkedIdx != nil {
				lw.checkedIdx[c.n] = lw.checkedIdx[v] // (sites)
			}
			break
		}
	}
}

// assignedBy returns the assignment (=) of which n, the node the walk
// is at, is a target, or nil.
func (lw *lowerer) assignedBy(n *ast.IndexExpr) *ast.AssignStmt {
	i := len(lw.stack) - 2
	if i < 0 || lw.stack[i+1] != ast.Node(n) {
		return nil
	}
	for i >= 0 {
		if _, paren := lw.stack[i].(*ast.ParenExpr); !paren {
			break
		}
		i--
	}
	if i < 0 {
		return nil
	}
	as, ok := lw.stack[i].(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN {
		return nil
	}
	for _, l := range as.Lhs {
		if ast.Unparen(l) == ast.Expr(n) {
			return as
		}
	}
	return nil
}

// markPrechecked records e, an index or slice of x whose check goes
// before its statement, as harmless to what the statement evaluates
// after it, unless x is a pointer (that may be nil).
func (lw *lowerer) markPrechecked(e, x ast.Expr) {
	if pointerUnder(lw.info.TypeOf(x)) {
		return
	}
	if lw.prechecked == nil {
		lw.prechecked = map[ast.Expr]bool{}
	}
	lw.prechecked[e] = true
}

// indexPrecheck is the statement that checks x[i] before the statement
// holding it (precheckAt): "if i < 0 || i >= len(x) { check(i, len(x))
// }; ", without "i < 0 ||" where i is never negative (nonNegIndex),
// "if len(x) <= 3 { ...; " for a constant index.
func (lw *lowerer) indexPrecheck(n *ast.IndexExpr, check string) string {
	tv := lw.info.Types[n.Index]
	i, x := lw.text(n.Index), "len("+lw.text(n.X)+")"
	if _, conv := lw.indexCheck(n); conv != "" {
		i = conv + "(" + i + ")"
	}
	call := " { " + check + i + ", " + x + ") }; "
	switch {
	case wideUnsigned(tv.Type) && tv.Value == nil:
		return "if " + i + " >= uint64(" + x + ")" + call
	case tv.Value != nil:
		return "if " + x + " <= " + tv.Value.ExactString() + call
	case lw.nonNegIndex(n.Index):
		return "if " + i + " >= " + x + call
	}
	return "if " + i + " < 0 || " + i + " >= " + x + call
}

// nonNegIndex reports whether the index e, converted to int, is never
// negative: nonNegative knows it, it is an unsigned integer narrower
// than int, x + c of an int x that nonNegative knows (a counter
// counting up, len(s)) and a constant c up to 1<<20 (x would have to be
// within c of the largest int), or i - c of a counter counting up from c
// or more.
func (lw *lowerer) nonNegIndex(e ast.Expr) bool {
	if lw.nonNegative(e) {
		return true
	}
	b, ok := typeUnder(lw.info.TypeOf(e)).(*types.Basic)
	if !ok {
		return false
	}
	switch b.Kind() {
	case types.Uint8, types.Uint16, types.Uint32:
		return true
	case types.Int, types.Int64:
	default:
		return false
	}
	sum, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || sum.Op != token.ADD && sum.Op != token.SUB {
		return false
	}
	small := func(e ast.Expr) bool {
		v := lw.info.Types[e].Value
		return v != nil && constant.Sign(v) >= 0 && constant.Compare(v, token.LEQ, constant.MakeInt64(1<<20))
	}
	if sum.Op == token.SUB {
		return small(sum.Y) && lw.startsAtLeast(sum.X, lw.info.Types[sum.Y].Value)
	}
	return small(sum.Y) && lw.nonNegative(sum.X) || small(sum.X) && lw.nonNegative(sum.Y)
}

// startsAtLeast reports whether e is the counter of a loop counting up
// (upCounter) from a constant at least c: i - 1 in for i := 1; ...; i++
// is never negative.
func (lw *lowerer) startsAtLeast(e ast.Expr, c constant.Value) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	start, ok := lw.counterStart(id)
	if !ok {
		return false
	}
	from := constant.MakeInt64(0) // (a range's key)
	if start != nil {
		if from = lw.info.Types[start].Value; from == nil {
			return false
		}
	}
	return constant.Compare(from, token.GEQ, c)
}

// inExprCheck returns the texts around n's index that check it in the
// expression: check( and, conv( if the index is converted (a byte or
// other integer index: asciiSpace[s[i]], xs[id] of a type ID int), then
// , len(x)).
func (lw *lowerer) inExprCheck(n *ast.IndexExpr, check, conv string) (open, close string) {
	open, close = check, ", len("+lw.text(n.X)+"))"
	if conv != "" {
		open, close = open+conv+"(", ")"+close
	}
	return open, close
}

// wideUnsigned reports whether t is an unsigned integer type as wide as
// int (uint, uint64, uintptr): an index of such a type out of range may
// read negative converted to int, where Go's message gives it unsigned.
func wideUnsigned(t types.Type) bool {
	b, ok := typeUnder(t).(*types.Basic)
	if !ok {
		return false
	}
	switch b.Kind() {
	case types.Uint, types.Uint64, types.Uintptr:
		return true
	}
	return false
}

// indexCheck returns the opening of the call of n's index check (the
// check of its line, IndexU's for a wide unsigned index) and the
// conversion its index is given to it by ("" for an int).
func (lw *lowerer) indexCheck(n *ast.IndexExpr) (check, conv string) {
	t := lw.info.Types[n.Index].Type
	line := lw.line(n.Lbrack)
	switch {
	case wideUnsigned(t) && lw.info.Types[n.Index].Value == nil:
		return rtName + "." + rt.IndexUName(line) + "(", "uint64"
	case plainInt(t):
		return rtName + "." + rt.IndexName(line) + "(", ""
	}
	return rtName + "." + rt.IndexName(line) + "(", "int"
}
