package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// slice makes s[lo:hi] and s[lo:] out of bounds panic with Go's message:
// s[rt.SliceL7(lo, hi, cap(s)):hi] (the check of line 7) for a slice or
// an array s (or a pointer to one), s[rt.SliceStrL7(lo, hi, len(s)):hi]
// for a string (yaegi v0.16.1: "reflect.Value.Slice: string slice index
// out of bounds"), when s, lo and hi have no side effects (lo and hi may
// be integer operations: s[i:i+n], s[len(s)-k:]); s[lo:] checks lo
// against len(s).
func (lw *lowerer) slice(n *ast.SliceExpr) {
	t := lw.info.Types[n.X].Type
	if n.Slice3 {
		if !callResult(n.X) || t == nil || !lw.sliceCallResult(n, t) {
			lw.slice3(n, t, lw.stableBound)
		}
		return
	}
	// (a map's element, m[k][lo:hi], or a string sum too)
	stable := func(e ast.Expr) bool { return pure(e) || lw.assertedPure(e) || lw.harmless(e) }
	// (s[i:][lo:hi] is checked in the expression, after s[i:]'s check:
	// its own, made first, would evaluate a copy of s[i:] unchecked)
	inner := !stable(n.X) && lw.stableSlice(n.X)
	// (rows[i][lo:hi]: checked after rows[i], sliceindexed.go)
	indexed := !stable(n.X) && !inner && lw.stableIndexed(n.X)
	if callResult(n.X) && t != nil && !stable(n.X) && !inner && !indexed && (n.Low != nil || n.High != nil) && lw.sliceCallResult(n, t) {
		return
	}
	if t == nil || n.High == nil && n.Low == nil || !stable(n.X) && !inner && !indexed || n.High != nil && !lw.stableBound(n.High) || n.Low != nil && !lw.stableBound(n.Low) {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	x := lw.text(n.X)
	name, bound := rt.SliceName, "cap("+x+")"
	switch u := t.Underlying().(type) {
	case *types.Slice:
	case *types.Array: // (Go's message: "with length 3", as a string's)
		name, bound = rt.SliceStrName, "len("+x+")"
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return
		}
		name, bound = rt.SliceStrName, "len("+x+")"
	default:
		return
	}
	// (a byte or other integer index is given to the check as an int)
	hi := "len(" + x + ")"
	if n.High != nil {
		hi = lw.asInt(n.High, lw.text(n.High))
	}
	lw.extraImport(rtName, rt.Path)
	check := rtName + "." + name(lw.line(n.Lbrack)) + "("
	open, close := check+"0, "+hi+", "+bound+")", ""
	if n.Low != nil {
		open, close = check, ", "+hi+", "+bound+")"
		if !lw.isInt(n.Low) {
			open, close = open+"int(", ")"+close
		}
	}
	if indexed {
		lw.pendSlice(n, pendingSlice{open: open, close: close, pre: lw.slicePrecheck(n, check, hi, bound)})
		return
	}
	if at := lw.precheckAt(n); at.IsValid() && !inner {
		lw.insertPre(at, n, lw.slicePrecheck(n, check, hi, bound))
		lw.markPrechecked(n, n.X)
		return
	}
	if n.Low == nil {
		lw.insert(n.Lbrack+1, open)
		return
	}
	lw.insert(n.Low.Pos(), open)
	lw.insertClose(n.Low.End(), close)
}

// slice3 is slice for s[lo:hi:max] of a slice s (yaegi v0.16.1:
// "reflect.Value.Slice3: slice index out of bounds"):
// s[rt.Slice3L7(lo, hi, max, cap(s)):hi:max]. (Of an array, Go's message
// says "with length", which no slice of the runtime's gives: left.)
func (lw *lowerer) slice3(n *ast.SliceExpr, t types.Type, stable func(ast.Expr) bool) {
	if t == nil || !stable(n.X) || !stable(n.High) || !stable(n.Max) || n.Low != nil && !stable(n.Low) {
		return
	}
	if _, ok := t.Underlying().(*types.Slice); !ok {
		return
	}
	lw.extraImport(rtName, rt.Path)
	check := rtName + "." + rt.Slice3Name(lw.line(n.Lbrack)) + "("
	rest := ", " + lw.asInt(n.High, lw.text(n.High)) + ", " + lw.asInt(n.Max, lw.text(n.Max)) + ", cap(" + lw.text(n.X) + "))"
	if n.Low == nil {
		lw.insert(n.Lbrack+1, check+"0"+rest)
		return
	}
	open, close := check, rest
	if !lw.isInt(n.Low) {
		open, close = open+"int(", ")"+close
	}
	lw.insert(n.Low.Pos(), open)
	lw.insertClose(n.Low.End(), close)
}

// stableBound reports whether the slice bound e may be evaluated twice
// (the check gets a copy of its text, as written) with the same result
// and no other effect: what pure and assertedPure accept, and integer
// operations (+, -, *, /, %, &, |, ^, &^, <<, >>, unary -, + and ^),
// conversions between integer types and len or cap of pure operands
// (i+n, len(s)-k, int(b)+1), but shifts by a count that may be
// negative (the copy is not lowered). A division by zero panics in the
// copy first, as it would in the bound.
func (lw *lowerer) stableBound(e ast.Expr) bool {
	if pure(e) || lw.assertedPure(e) {
		return true
	}
	integer := func(e ast.Expr) bool {
		b, ok := lw.info.TypeOf(e).(*types.Basic)
		if !ok {
			if t := lw.info.TypeOf(e); t != nil {
				b, ok = t.Underlying().(*types.Basic)
			}
		}
		return ok && b.Info()&types.IsInteger != 0
	}
	var ok func(e ast.Expr) bool
	ok = func(e ast.Expr) bool {
		if !integer(e) {
			return false
		}
		switch x := e.(type) {
		case *ast.Ident, *ast.BasicLit:
			return true
		case *ast.SelectorExpr, *ast.StarExpr:
			return pure(x)
		case *ast.ParenExpr:
			return ok(x.X)
		case *ast.UnaryExpr:
			return (x.Op == token.SUB || x.Op == token.ADD || x.Op == token.XOR) && ok(x.X)
		case *ast.BinaryExpr:
			if (x.Op == token.SHL || x.Op == token.SHR) && lw.mayShiftNegative(x.Y) {
				return false // (the copy would shift by it unchecked)
			}
			return ok(x.X) && ok(x.Y)
		case *ast.CallExpr:
			if len(x.Args) != 1 || x.Ellipsis.IsValid() {
				return false
			}
			if tv := lw.info.Types[x.Fun]; tv.IsType() {
				return ok(x.Args[0])
			}
			id, isId := ast.Unparen(x.Fun).(*ast.Ident)
			if !isId {
				return false
			}
			b, isBuiltin := lw.info.Uses[id].(*types.Builtin)
			return isBuiltin && (b.Name() == "len" || b.Name() == "cap") && pure(x.Args[0])
		}
		return false
	}
	return ok(e)
}

// slicePrecheck is the statement that checks s[lo:hi] before the
// statement holding it (precheckAt): "if lo < 0 || hi < lo || hi >
// bound { check(lo, hi, bound) }; ", without the comparisons that
// cannot be true (a constant lo, s[lo:]).
func (lw *lowerer) slicePrecheck(n *ast.SliceExpr, check, hi, bound string) string {
	lo := "0"
	if n.Low != nil {
		lo = lw.asInt(n.Low, lw.text(n.Low))
	}
	nonNegConst := func(e ast.Expr) bool {
		v := lw.info.Types[e].Value
		return v != nil && constant.Sign(v) >= 0
	}
	var conds []string
	if n.Low != nil && !nonNegConst(n.Low) {
		conds = append(conds, lo+" < 0")
	}
	if n.High != nil && (n.Low != nil || !nonNegConst(n.High)) {
		conds = append(conds, hi+" < "+lo)
	}
	if n.High != nil {
		conds = append(conds, hi+" > "+bound)
	} else {
		conds = append(conds, lo+" > "+hi)
	}
	return "if " + strings.Join(conds, " || ") + " { " + check + lo + ", " + hi + ", " + bound + ") }; "
}

// stableSlice reports whether e is s[lo:hi] or s[lo:] of a slice or
// string s that slice checks, whose evaluation has no effect but its
// panic.
func (lw *lowerer) stableSlice(e ast.Expr) bool {
	x, ok := ast.Unparen(e).(*ast.SliceExpr)
	if !ok || x.Slice3 || !pure(x.X) && !lw.assertedPure(x.X) {
		return false
	}
	return (x.Low == nil || lw.stableBound(x.Low)) && (x.High == nil || lw.stableBound(x.High))
}
