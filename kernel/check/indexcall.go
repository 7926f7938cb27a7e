package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// An index of a call's result, strings.Fields(line)[2] or []rune(s)[i]:
// Go panics with "index out of range [2] with length 1" (yaegi v0.16.1:
// "reflect: slice index out of range"). The result cannot be read
// twice, so the index goes to a function literal that takes the result
// and the index (evaluated in Go's order), checks, and returns the
// element: strings.Fields(line)[2] becomes func(x []string, i int)
// string { if i < 0 || i >= len(x) { rt.IndexL3(i, len(x)) }; return
// x[i] }(strings.Fields(line), 2). An element that is assigned, or whose
// address is taken, is left as it is.

// indexCallResult lowers n, an index of a call's result of type t (its
// underlying slice, array or string type), and reports whether it did.
func (lw *lowerer) indexCallResult(n *ast.IndexExpr, t types.Type) bool {
	if i := len(lw.stack) - 2; i >= 0 && lw.stack[i+1] == ast.Node(n) {
		switch p := lw.stack[i].(type) {
		case *ast.AssignStmt:
			for _, l := range p.Lhs {
				if l == ast.Expr(n) {
					return false
				}
			}
		case *ast.IncDecStmt, *ast.RangeStmt:
			return false
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				return false
			}
		case *ast.SelectorExpr, *ast.IndexExpr, *ast.SliceExpr:
			return false // (an element's field or element may be assigned)
		}
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Basic:
		elem = types.Typ[types.Byte]
	default:
		return false
	}
	xt, et := lw.typ(lw.info.TypeOf(n.X)), lw.typ(elem)
	it := lw.typ(types.Default(lw.info.TypeOf(n.Index)))
	if !spellable(xt) || !spellable(et) || !spellable(it) {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	x, i := lw.fresh("X"), lw.fresh("I")
	ii := i
	if !plainInt(types.Default(lw.info.TypeOf(n.Index))) {
		ii = "int(" + i + ")"
	}
	lw.insert(n.X.Pos(), fmt.Sprintf("func(%[1]s %[3]s, %[2]s %[4]s) %[5]s { if %[6]s < 0 || %[6]s >= len(%[1]s) { %[7]s.%[8]s(%[6]s, len(%[1]s)) }; return %[1]s[%[2]s] }(",
		x, i, xt, it, et, ii, rtName, rt.IndexName(lw.line(n.Lbrack))))
	lw.replace(n.Lbrack, n.Lbrack+1, ", ")
	lw.replace(n.Rbrack, n.Rbrack+1, ")")
	return true
}
