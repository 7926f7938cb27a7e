package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// shiftOperand spells the type of an untyped constant shifted by a
// variable amount. Go gives it the type it would have in the shift's
// place (w & (1 << bit) shifts a uint64 when w is one); yaegi v0.16.1
// made it an int, and w & (1 << bit) panicked ("reflect: call of
// reflect.Value.Uint on int Value"). x << s becomes T(x) << s, T the
// type go/types gave x.
func (lw *lowerer) shiftOperand(n *ast.BinaryExpr) {
	if n.Op != token.SHL && n.Op != token.SHR {
		return
	}
	if tv := lw.info.Types[n]; tv.Value != nil {
		return // a constant shift: the checker's value is exact
	}
	tv, ok := lw.info.Types[n.X]
	if !ok || tv.Value == nil {
		return
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped != 0 || b.Info()&types.IsInteger == 0 {
		return
	}
	if _, named := tv.Type.(*types.Named); !named && b.Kind() == types.Int {
		return // what yaegi assumes
	}
	lw.insert(n.X.Pos(), lw.typ(tv.Type)+"(")
	lw.insertClose(n.X.End(), ")")
}

// shiftCount makes a shift by a negative count panic as Go does
// ("runtime error: negative shift amount"): yaegi v0.16.1 shifted by the
// count taken as an unsigned number (v << -2 was 0). Only a count of a
// signed type that is not a constant and may be negative is checked
// (loop counters counting up from zero, len(s), i&63 are not): where
// precheckAt allows, by an if statement before the shift's statement,
// "if by < 0 { rt.NegShiftL7() }; " (i<<by in a loop: about 1.17× the
// unchecked loop), elsewhere by a compiled call around the count,
// x << rt.ShiftL7(int64(by)) (7 times the loop). n is a shift or
// an assignment x <<= by, x >>= by.
func (lw *lowerer) shiftCount(n ast.Node) {
	var count ast.Expr
	var op token.Pos
	switch x := n.(type) {
	case *ast.BinaryExpr:
		if x.Op != token.SHL && x.Op != token.SHR || lw.info.Types[x].Value != nil {
			return
		}
		count, op = x.Y, x.OpPos
	case *ast.AssignStmt:
		if x.Tok != token.SHL_ASSIGN && x.Tok != token.SHR_ASSIGN || len(x.Rhs) != 1 {
			return
		}
		count, op = x.Rhs[0], x.TokPos
	default:
		return
	}
	if !lw.mayShiftNegative(count) {
		lw.shiftCountType(count)
		return
	}
	lw.extraImport(rtName, rt.Path)
	line := lw.line(op)
	if lw.stableBound(count) {
		at := token.NoPos
		if st, isStmt := n.(*ast.AssignStmt); isStmt {
			if i := len(lw.stack) - 1; i >= 0 && lw.stack[i] == n && lw.precedesSafely(st, count) {
				at = lw.stmtInBlock(i, st)
			}
		} else if lw.harmless(n.(*ast.BinaryExpr).X) { // (evaluated before the count)
			at = lw.precheckAt(n.(ast.Expr))
		}
		if at.IsValid() {
			lw.insertPre(at, count, "if "+lw.text(count)+" < 0 { "+rtName+"."+rt.NegShiftName(line)+"() }; ")
			lw.shiftCountType(count)
			return
		}
	}
	lw.insert(count.Pos(), rtName+"."+rt.ShiftName(line)+"(int64(")
	lw.insertClose(count.End(), "))")
}

// shiftCountType converts a shift count that is an arithmetic expression
// to its own basic type: yaegi v0.16.1 gave the operands of a count such
// as (len(row) - 1 - i) the type of the value shifted, so m |= 1 <<
// (len(row) - 1 - i) of a uint m failed ("invalid operation: mismatched
// types uint and int"); m |= 1 << int(len(row) - 1 - i) does not.
func (lw *lowerer) shiftCountType(count ast.Expr) {
	bin, ok := ast.Unparen(count).(*ast.BinaryExpr)
	if !ok {
		return
	}
	tv := lw.info.Types[bin]
	if tv.Value != nil || tv.Type == nil {
		return
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 || b.Info()&types.IsUntyped != 0 {
		return
	}
	lw.insert(count.Pos(), lw.typ(types.Typ[b.Kind()])+"(")
	lw.insertClose(count.End(), ")")
}

// mayShiftNegative reports whether the shift count e may be negative: it
// is of a signed integer type, not a constant, and nonNegative does not
// know it.
func (lw *lowerer) mayShiftNegative(e ast.Expr) bool {
	tv := lw.info.Types[e]
	if tv.Value != nil || tv.Type == nil {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUnsigned == 0 && !lw.nonNegative(e)
}

// nonNegative reports whether the integer expression e is never
// negative: len and cap, x & c of a constant c >= 0, x >> k of such an
// x, its conversion to int or int64, and the counter of a
// loop that starts at a constant >= 0 (or len or cap) and counts up
// (i++, i += c), or the key of a range over a slice, array, string or
// integer, that nothing else in the loop sets or takes the address of.
func (lw *lowerer) nonNegative(e ast.Expr) bool {
	if v := lw.info.Types[e].Value; v != nil {
		return constant.Sign(v) >= 0
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if tv := lw.info.Types[x.Fun]; tv.IsType() && len(x.Args) == 1 {
			// (a conversion to int or int64 keeps a signed value's sign)
			to, _ := tv.Type.Underlying().(*types.Basic)
			from, _ := typeUnder(lw.info.TypeOf(x.Args[0])).(*types.Basic)
			return to != nil && from != nil && (to.Kind() == types.Int || to.Kind() == types.Int64) &&
				from.Info()&types.IsInteger != 0 && from.Info()&types.IsUnsigned == 0 && lw.nonNegative(x.Args[0])
		}
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
			if b, ok := lw.info.Uses[id].(*types.Builtin); ok {
				return b.Name() == "len" || b.Name() == "cap"
			}
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.AND:
			return lw.nonNegative(x.X) || lw.nonNegative(x.Y)
		case token.SHR:
			return lw.nonNegative(x.X)
		}
	case *ast.Ident:
		return lw.upCounter(x)
	}
	return false
}

// upCounter reports whether id is the counter of a loop the walk is in
// that starts at a value nonNegative accepts and counts up (i++, i += c
// of a constant c >= 0), or the key of a range over a slice, an array,
// a pointer to one, a string or an integer, and nothing else in the
// loop sets it or takes its address.
func (lw *lowerer) upCounter(id *ast.Ident) bool {
	_, ok := lw.counterStart(id)
	return ok
}

// counterStart is upCounter that also returns where the counter starts:
// the expression its loop's init assigns it, nil for a range's key (0).
func (lw *lowerer) counterStart(id *ast.Ident) (ast.Expr, bool) {
	v, ok := lw.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	defines := func(e ast.Expr) bool {
		k, ok := e.(*ast.Ident)
		return ok && lw.info.Defs[k] == v
	}
	for i := len(lw.stack) - 1; i >= 0; i-- {
		switch loop := lw.stack[i].(type) {
		case *ast.ForStmt:
			init, ok := loop.Init.(*ast.AssignStmt)
			if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 || !defines(init.Lhs[0]) {
				continue
			}
			if !lw.nonNegative(init.Rhs[0]) || !lw.countsUp(loop.Post, v) {
				return nil, false
			}
			return init.Rhs[0], !lw.sets(loop.Body, v) && !lw.sets(loop.Cond, v)
		case *ast.RangeStmt:
			if loop.Tok != token.DEFINE || loop.Key == nil || !defines(loop.Key) {
				continue
			}
			switch t := typeUnder(lw.info.TypeOf(loop.X)).(type) {
			case *types.Slice, *types.Array:
			case *types.Pointer:
				if _, ok := typeUnder(t.Elem()).(*types.Array); !ok {
					return nil, false
				}
			case *types.Basic:
				if t.Info()&(types.IsString|types.IsInteger) == 0 {
					return nil, false
				}
			default:
				return nil, false
			}
			return nil, !lw.sets(loop.Body, v)
		}
	}
	return nil, false
}

// countsUp reports whether post is v++ or v += c, c a constant >= 0.
func (lw *lowerer) countsUp(post ast.Stmt, v *types.Var) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && lw.info.Uses[id] == v
	}
	switch p := post.(type) {
	case *ast.IncDecStmt:
		return p.Tok == token.INC && is(p.X)
	case *ast.AssignStmt:
		if p.Tok != token.ADD_ASSIGN || len(p.Lhs) != 1 || !is(p.Lhs[0]) {
			return false
		}
		c := lw.info.Types[p.Rhs[0]].Value
		return c != nil && constant.Sign(c) >= 0
	}
	return false
}

// sets reports whether n assigns to v, increments or decrements it, or
// takes its address.
func (lw *lowerer) sets(n ast.Node, v *types.Var) bool {
	if n == nil {
		return false
	}
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && lw.info.Uses[id] == v
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(x.X)
		case *ast.UnaryExpr:
			found = found || x.Op == token.AND && is(x.X)
		case *ast.RangeStmt:
			found = found || x.Tok == token.ASSIGN && (is(x.Key) || x.Value != nil && is(x.Value))
		}
		return !found
	})
	return found
}
