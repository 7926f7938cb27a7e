package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// A slice of a call's result, fields(line)[1:4]: Go panics with "slice
// bounds out of range [:4] with capacity 3" (yaegi v0.16.1:
// "reflect.Value.Slice: slice index out of bounds"). As for an index of
// one (indexcall.go), where nothing the statement evaluates before the
// call may panic or have an effect (precheckAt), the bounds have no
// effect and the call no lowering of its own, the result goes into a
// variable before the statement, checked there: r := fields(line); if
// 4 < 1 || 4 > cap(r) { rt.SliceL3(1, 4, cap(r)) }; rest := r[1:4].
// Elsewhere the result goes to a function literal with the bounds
// (evaluated in Go's order), which checks them against the result's
// capacity (a string's length) and slices it: fields(line)[1:4] becomes
// func(x []string, lo, hi int) []string { rt.SliceL3(lo, hi, cap(x));
// return x[lo:hi] }(fields(line), 1, 4), about 4 µs a call in yaegi; an
// omitted low bound is 0, an omitted high one len(x). Which is known
// once the walk has been through the call: sliceCallResult leaves a
// placeholder that sliceCallWalked fills.

// pendingCallSlice is a slice of a call's result whose check is placed
// once the walk leaves it.
type pendingCallSlice struct {
	edit  int    // the placeholder at the call, in lw.edits
	lit   string // the function literal's text before the call
	check string // the compiled check's name and (
	bound string // cap or len, of the result
}

// sliceCallResult lowers n, a slice of a call's result (or of an index
// or slice of one) of type t (a slice or string type), and reports
// whether it did.
func (lw *lowerer) sliceCallResult(n *ast.SliceExpr, t types.Type) bool {
	name, bound := rt.SliceName, "cap"
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return false
		}
		name, bound = rt.SliceStrName, "len"
	default:
		return false
	}
	xt := lw.typ(lw.info.TypeOf(n.X))
	if !spellable(xt) {
		return false
	}
	rt2 := lw.typ(lw.info.TypeOf(n))
	if !spellable(rt2) {
		return false
	}
	x, lo, hi, mx := lw.fresh("X"), lw.fresh("Lo"), lw.fresh("Hi"), lw.fresh("Max")
	loV, hiV, maxV := "0", "len("+x+")", ""
	params := x + " " + xt
	if n.Slice3 {
		if bound != "cap" {
			return false // (the checker refused a string's)
		}
		name = rt.Slice3Name
	}
	for _, b := range []struct {
		e    ast.Expr
		name string
		v    *string
	}{{n.Low, lo, &loV}, {n.High, hi, &hiV}, {n.Max, mx, &maxV}} {
		if b.e == nil {
			continue
		}
		bt := lw.typ(types.Default(lw.info.TypeOf(b.e)))
		if !spellable(bt) {
			return false
		}
		params += ", " + b.name + " " + bt
		*b.v = lw.asInt(b.e, b.name)
	}
	lw.extraImport(rtName, rt.Path)
	check := rtName + "." + name(lw.line(n.Lbrack)) + "("
	if lw.pendingCallSlices == nil {
		lw.pendingCallSlices = map[*ast.SliceExpr]pendingCallSlice{}
	}
	lit := fmt.Sprintf("func(%s) %s { %s%s, %s, %s(%s)); return %s[%s:%s] }(",
		params, rt2, check, loV, hiV, bound, x, x, loV, hiV)
	if n.Slice3 {
		lit = fmt.Sprintf("func(%s) %s { %s%s, %s, %s, cap(%s)); return %s[%s:%s:%s] }(",
			params, rt2, check, loV, hiV, maxV, x, x, loV, hiV, maxV)
	}
	lw.pendingCallSlices[n] = pendingCallSlice{edit: len(lw.edits), lit: lit, check: check, bound: bound}
	lw.insert(n.X.Pos(), "")
	return true
}

// sliceCallWalked places the check of n, a slice of a call's result
// pending (sliceCallResult), when the walk leaves it (n is the top of
// the walk's stack).
func (lw *lowerer) sliceCallWalked(n *ast.SliceExpr) {
	p, ok := lw.pendingCallSlices[n]
	if !ok {
		return
	}
	delete(lw.pendingCallSlices, n)
	if !lw.keptPlaceholders(p.edit, 1) {
		return
	}
	inner := lw.editedAfter(p.edit, n.X) // the call has lowering of its own
	stable := func(b ast.Expr) bool { return b == nil || lw.stableBound(b) && lw.harmless(b) }
	if !inner && !n.Slice3 && stable(n.Low) && stable(n.High) {
		if at := lw.precheckAt(n); at.IsValid() {
			v := lw.fresh("R")
			hi := "len(" + v + ")"
			if n.High != nil {
				hi = lw.asInt(n.High, lw.text(n.High))
			}
			pre := lw.slicePrecheck(n, p.check, hi, p.bound+"("+v+")")
			lw.insertPre(at, n, v+" := "+lw.text(n.X)+"; "+pre)
			lw.replace(n.X.Pos(), n.X.End(), v)
			return
		}
	}
	lw.edits[p.edit].Text = p.lit
	// the bounds become the literal's arguments after the result
	switch {
	case n.Low == nil:
		lw.replace(n.Lbrack, n.High.Pos(), ", ")
	case n.High == nil:
		lw.replace(n.Lbrack, n.Lbrack+1, ", ")
		lw.replace(n.Low.End(), n.Rbrack+1, ")")
		return
	default:
		lw.replace(n.Lbrack, n.Lbrack+1, ", ")
		lw.replace(n.Low.End(), n.High.Pos(), ", ")
	}
	if n.Max != nil {
		lw.replace(n.High.End(), n.Max.Pos(), ", ")
	}
	lw.replace(n.Rbrack, n.Rbrack+1, ")")
}
