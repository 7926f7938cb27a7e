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
// twice. Where nothing the statement evaluates before the call may
// panic or have an effect (precheckAt), the index may be evaluated twice
// and the call needs no lowering of its own, the result goes into a
// variable before the statement, checked there: f := strings.Fields(l);
// if 2 >= len(f) { rt.IndexL3(2, len(f)) }; s += len(f[2]) (costs
// about a tenth more than the unchecked loop). Elsewhere the index goes
// to a function literal that takes the result and the index (evaluated
// in Go's order), checks, and returns the element: func(x []string, i
// int) string { if i < 0 || i >= len(x) { rt.IndexL3(i, len(x)) };
// return x[i] }(strings.Fields(line), 2), about 4 µs a call in yaegi.
// An element that is assigned, or whose address is taken, is left as it
// is. Which is known once the walk has been through the call:
// indexCallResult leaves a placeholder that indexCallWalked fills.

// pendingCallIndex is an index of a call's result whose check is placed
// once the walk leaves it.
type pendingCallIndex struct {
	edit  int    // the placeholder at the call, in lw.edits
	lit   string // the function literal's text before the call
	check string // the compiled check's name and (
	cond  string // the condition of the check, of the index (%[1]s) and the result (%[2]s)
	conv  string // the conversion the index goes through to the check, if any
}

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
			// an element's field or element may be assigned, an array
			// element sliced in place: not of a copy of the element
			if e := elemOf(t); e == nil {
				return false
			} else if _, ok := e.Underlying().(*types.Array); ok {
				return false
			} else if _, ok := e.Underlying().(*types.Struct); ok {
				return false
			}
		}
	}
	elem := elemOf(t)
	if elem == nil {
		return false
	}
	xt, et := lw.typ(lw.info.TypeOf(n.X)), lw.typ(elem)
	it := lw.typ(types.Default(lw.info.TypeOf(n.Index)))
	if !spellable(xt) || !spellable(et) || !spellable(it) {
		return false
	}
	lw.extraImport(rtName, rt.Path)
	x, i := lw.fresh("X"), lw.fresh("I")
	check, conv := lw.indexCheck(n)
	cond := "%[1]s < 0 || %[1]s >= len(%[2]s)"
	if conv == "uint64" {
		cond = "%[1]s >= uint64(len(%[2]s))" // (its value unsigned in the message: [18446744073709551615])
	}
	ii := i
	if conv != "" {
		ii = conv + "(" + i + ")"
	}
	if lw.pendingCallIndexes == nil {
		lw.pendingCallIndexes = map[*ast.IndexExpr]pendingCallIndex{}
	}
	lw.pendingCallIndexes[n] = pendingCallIndex{
		edit: len(lw.edits),
		lit: fmt.Sprintf("func(%[1]s %[3]s, %[2]s %[4]s) %[5]s { if %[6]s { %[7]s%[8]s, len(%[1]s)) }; return %[1]s[%[2]s] }(",
			x, i, xt, it, et, fmt.Sprintf(cond, ii, x), check, ii),
		check: check,
		cond:  cond,
		conv:  conv,
	}
	lw.insert(n.X.Pos(), "")
	return true
}

// callResult reports whether e is a call, or an index or slice of one
// (strings.Fields(l)[i], whose element indexcall.go reads once).
func callResult(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return true
	case *ast.IndexExpr:
		return callResult(x.X)
	case *ast.SliceExpr:
		return callResult(x.X)
	}
	return false
}

// elemOf returns the type of the elements of t, the type of an indexed
// operand (its underlying slice, array or string type); nil for others.
func elemOf(t types.Type) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Basic:
		return types.Typ[types.Byte]
	}
	return nil
}

// editedAfter reports whether an edit after lw.edits[edit] changes the
// text of n (a call whose result a check reads: it has lowering of its
// own).
func (lw *lowerer) editedAfter(edit int, n ast.Node) bool {
	from, to := lw.off(n.Pos()), lw.off(n.End())
	for _, e := range lw.edits[edit+1:] {
		if e.Start < to && e.End > from || e.Start > from && e.Start < to {
			return true
		}
	}
	return false
}

// indexCallWalked places the check of n, an index of a call's result
// pending (indexCallResult), when the walk leaves it (n is the top of the
// walk's stack).
func (lw *lowerer) indexCallWalked(n *ast.IndexExpr) {
	p, ok := lw.pendingCallIndexes[n]
	if !ok {
		return
	}
	delete(lw.pendingCallIndexes, n)
	if !lw.keptPlaceholders(p.edit, 1) {
		return
	}
	inner := lw.editedAfter(p.edit, n.X) // the call has lowering of its own
	if !inner && lw.stableBound(n.Index) && lw.harmless(n.Index) {
		if at := lw.precheckAt(n); at.IsValid() {
			v := lw.fresh("R")
			i := lw.text(n.Index)
			if p.conv != "" {
				i = p.conv + "(" + i + ")"
			}
			if lw.checkedIdx != nil {
				lw.checkedIdx[n] = len(lw.edits) // (sites)
			}
			lw.insertPre(at, n, fmt.Sprintf("%[1]s := %[2]s; if %[3]s { %[4]s%[5]s, len(%[1]s)) }; ", v, lw.text(n.X), fmt.Sprintf(p.cond, i, v), p.check, i))
			lw.replace(n.X.Pos(), n.X.End(), v)
			return
		}
	}
	if lw.checkedIdx != nil {
		lw.checkedIdx[n] = p.edit // (sites)
	}
	lw.edits[p.edit].Text = p.lit
	lw.replace(n.Lbrack, n.Lbrack+1, ", ")
	lw.replace(n.Rbrack, n.Rbrack+1, ")")
}
