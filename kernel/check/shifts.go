package check

import (
	"go/ast"
	"go/token"
	"go/types"
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
