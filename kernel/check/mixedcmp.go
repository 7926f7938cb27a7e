package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Comparisons of channels or arrays of two types that are not identical
// (one assignable to the other): yaegi v0.16.1 refuses ro == k with ro a
// <-chan int and k a chan int, p == k with p of a type Pipe chan int, and
// a == [2]int{} with a of a type A [2]int ("mismatched types"), and a
// switch on ro with a case k fails at run time (reflect's Convert from
// <-chan int to chan int). The operand assignable to the other's type is
// converted to it, as Go's comparison does: ro == (<-chan int)(k).

// mixedEqual converts an operand of b, a comparison, to the other's type
// when mixedOperand says so.
func (lw *lowerer) mixedEqual(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	x, y := lw.info.Types[b.X], lw.info.Types[b.Y]
	if lw.mixedOperand(b.Y, y, x) {
		return
	}
	lw.mixedOperand(b.X, x, y)
}

// mixedCases converts the cases of sw whose values compare with its tag
// only by conversion (see mixedOperand) to the tag's type; where a case
// is of a type the tag converts to and not the other way (switch k {
// case ro:}, k a chan int, ro a <-chan int: yaegi matched none), the tag
// is converted to that type, and the other cases with it.
func (lw *lowerer) mixedCases(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	tag := lw.info.Types[sw.Tag]
	if to, ok := lw.tagConversion(sw, tag); ok {
		lw.mixedOperand(sw.Tag, tag, to)
		tag = to
	}
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			lw.mixedOperand(e, lw.info.Types[e], tag)
		}
	}
}

// tagConversion returns the type the tag of sw, of type tag, converts to
// for its cases: the channel or array type of a case that the tag is
// assignable to but not the other way, when every other case is nil or
// of a type assignable to it.
func (lw *lowerer) tagConversion(sw *ast.SwitchStmt, tag types.TypeAndValue) (types.TypeAndValue, bool) {
	if tag.Type == nil {
		return tag, false
	}
	var to types.Type
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			et := lw.info.Types[e].Type
			if et == nil || types.AssignableTo(et, tag.Type) || !types.AssignableTo(tag.Type, et) {
				continue
			}
			switch et.Underlying().(type) {
			case *types.Chan, *types.Array:
				to = et
			}
		}
	}
	if to == nil {
		return tag, false
	}
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			if et := lw.info.Types[e]; !et.IsNil() && (et.Type == nil || !types.AssignableTo(et.Type, to)) {
				return tag, false
			}
		}
	}
	return types.TypeAndValue{Type: to}, true
}

// mixedOperand converts e, of type et, to the type of the other operand
// of a comparison, to: when both are typed channels or arrays, not of
// identical types, and e's is assignable to to's. It reports whether it
// did.
func (lw *lowerer) mixedOperand(e ast.Expr, et, to types.TypeAndValue) bool {
	if et.Type == nil || to.Type == nil || et.IsNil() || to.IsNil() || et.Value != nil {
		return false
	}
	if types.Identical(et.Type, to.Type) || !types.AssignableTo(et.Type, to.Type) {
		return false
	}
	switch to.Type.Underlying().(type) {
	case *types.Chan, *types.Array:
	default:
		return false
	}
	ts := lw.typ(to.Type)
	if !spellable(ts) {
		return false
	}
	lw.insert(e.Pos(), "("+ts+")(")
	lw.insertClose(e.End(), ")")
	return true
}
