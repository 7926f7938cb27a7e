package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// A check that a compiled call makes in the middle of an expression
// (s[rt.SliceL7(lo, hi, cap(s)):hi]) costs what yaegi v0.16.1's call of
// a compiled function costs, a reflect call of about 300 ns: 3.3 times
// a loop's s[i:i+2], 7 times its i<<by. The same check written as an
// if statement before the statement that holds the expression,
//
//	if lo < 0 || hi < lo || hi > cap(s) { rt.SliceL7(lo, hi, cap(s)) }
//
// costs a few interpreted comparisons, and calls the compiled check only
// to panic. precheckAt finds where such a statement may go.

// precheckAt returns the position of the statement before which the
// check of e (the node the walk is at) may run instead of in e: the
// statement that holds e, in a block of a function (not the cell's
// top-level statements), runs e whenever it runs, and nothing it
// evaluates before e has an effect or may panic. It returns token.NoPos
// when there is no such statement.
func (lw *lowerer) precheckAt(e ast.Expr) token.Pos {
	n := len(lw.stack)
	if n == 0 || lw.stack[n-1] != e {
		return token.NoPos
	}
	// the innermost statement on the walk's stack
	for i := n - 2; i >= 0; i-- {
		if st, ok := lw.stack[i].(ast.Stmt); ok {
			if !lw.precedesSafely(st, e) {
				return token.NoPos
			}
			return lw.stmtInBlock(i, st)
		}
	}
	return token.NoPos
}

// insertPre inserts text, a statement checking e (an index, a slice, a
// shift's count) of the statement at at, before that statement: left of
// what the walk inserts at its start around the statement's expressions
// (Edit.pre), in the order Go evaluates them (tupleEarly).
func (lw *lowerer) insertPre(at token.Pos, e ast.Expr, text string) {
	o := lw.off(at)
	pre := int8(preLate)
	if lw.tupleEarly(e) {
		pre = preEarly
	}
	lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: text, seq: len(lw.edits), pre: pre})
}

// tupleEarly reports whether e is in a value of an assignment of several
// values (the innermost statement the walk is in) that Go evaluates
// before the others, in a first pass over the values: one after a target
// that is not a local variable (an element, a field through a pointer, a
// package's variable: its assignment may change what the value reads),
// or one that reads a local variable an earlier target is. Go evaluates
// the others as it assigns, in order. So h[i], h[j] = h[j], h[i] checks
// i first, then j.
func (lw *lowerer) tupleEarly(e ast.Expr) bool {
	var as *ast.AssignStmt
	for i := len(lw.stack) - 1; i >= 0 && as == nil; i-- {
		switch n := lw.stack[i].(type) {
		case *ast.AssignStmt:
			as = n
		case ast.Stmt, *ast.FuncLit:
			return false
		}
	}
	if as == nil || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	assigned := map[types.Object]bool{}
	written := false // a target not a local variable
	for k, r := range as.Rhs {
		if r.Pos() <= e.Pos() && e.End() <= r.End() {
			return written || lw.reads(r, assigned)
		}
		id, ok := ast.Unparen(as.Lhs[k]).(*ast.Ident)
		if !ok {
			written = true
			continue
		}
		if v, ok := lw.info.Uses[id].(*types.Var); ok {
			if v.Parent() == lw.pkg.Scope() {
				written = true
			} else {
				assigned[v] = true
			}
		}
	}
	return false
}

// reads reports whether e uses one of vars.
func (lw *lowerer) reads(e ast.Expr, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[lw.info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// stmtInBlock returns the position of st, lw.stack[i], when a statement
// may go before it: st is an expression, assignment, return, ++ or --,
// send or var statement, in the list of a block of a function (not the
// cell's top-level statements) or of a case clause. It returns
// token.NoPos otherwise.
func (lw *lowerer) stmtInBlock(i int, st ast.Stmt) token.Pos {
	if i < 1 {
		return token.NoPos
	}
	switch st.(type) {
	case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.DeclStmt:
	default:
		return token.NoPos
	}
	if !slices.Contains(stmtList(lw.stack[i-1]), st) || lw.commStmts[st] || lw.topStmts != nil && lw.stack[i-1] == ast.Node(lw.topStmts) {
		return token.NoPos
	}
	return st.Pos()
}

// stmtList returns the statements of a block or a clause n, nil for
// another node.
func stmtList(n ast.Node) []ast.Stmt {
	switch b := n.(type) {
	case *ast.BlockStmt:
		return b.List
	case *ast.CaseClause:
		return b.Body
	case *ast.CommClause:
		return b.Body
	}
	return nil
}

// precedesSafely reports whether what st evaluates before e, which it
// holds, is harmless, and e is evaluated whenever st runs: e is not in
// a function literal nor in the right operand of && or ||.
func (lw *lowerer) precedesSafely(st ast.Stmt, e ast.Expr) bool {
	ok := true
	ast.Inspect(st, func(n ast.Node) bool {
		if !ok || n == nil || n == ast.Node(e) {
			return false
		}
		if n.End() <= e.Pos() { // wholly before e
			if !lw.harmless(n) {
				ok = false
			}
			return false
		}
		if n.Pos() >= e.End() { // after e: evaluated after it
			return false
		}
		// n holds e
		switch x := n.(type) {
		case *ast.FuncLit, *ast.TypeAssertExpr, *ast.StarExpr, *ast.SelectorExpr:
			ok = false
		case *ast.BinaryExpr:
			if (x.Op == token.LAND || x.Op == token.LOR) && x.Y.Pos() <= e.Pos() {
				ok = false
			}
		case *ast.UnaryExpr:
			ok = x.Op != token.ARROW
		case *ast.DeclStmt:
			gd, isVar := x.Decl.(*ast.GenDecl)
			ok = isVar && gd.Tok == token.VAR
		case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GenDecl, *ast.ValueSpec,
			*ast.CallExpr, *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr, *ast.IndexExpr, *ast.SliceExpr:
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// harmless reports whether evaluating n has no effect and cannot panic:
// names, literals, fields and method values (not through a pointer:
// buf.Write), operations but
// division and remainder by a variable and shifts by a count that may be
// negative, conversions, len and cap, map lookups, indexes and slices
// checked before the statement (not of a pointer), the target of =
// (checked when it is assigned, after what the statement evaluates),
// composite literals and function literals of such.
func (lw *lowerer) harmless(n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok || n == nil {
			return false
		}
		if e, isExpr := n.(ast.Expr); isExpr {
			if tv, found := lw.info.Types[e]; found && (tv.IsType() || tv.Value != nil) {
				return false // a type or a constant
			}
		}
		switch x := n.(type) {
		case *ast.Ident, *ast.BasicLit, *ast.FuncLit:
			return false
		case *ast.SelectorExpr:
			if sel, found := lw.info.Selections[x]; found {
				ok = lw.noDeref(sel) // (through a pointer that may be nil)
			}
		case *ast.BinaryExpr:
			switch x.Op {
			case token.QUO, token.REM:
				v := lw.info.Types[x.Y].Value // (not a constant zero: an integer's)
				ok = v != nil && constant.Sign(v) != 0
			case token.SHL, token.SHR:
				ok = !lw.mayShiftNegative(x.Y)
			}
		case *ast.UnaryExpr:
			ok = x.Op != token.ARROW
		case *ast.IndexExpr:
			_, isMap := typeUnder(lw.info.TypeOf(x.X)).(*types.Map)
			ok = isMap || lw.prechecked[x] || lw.lastIdx[x]
		case *ast.SliceExpr:
			ok = lw.prechecked[x]
		case *ast.CallExpr:
			if tv := lw.info.Types[x.Fun]; tv.IsType() {
				_, basic := typeUnder(tv.Type).(*types.Basic)
				ok = basic
				break
			}
			id, isID := ast.Unparen(x.Fun).(*ast.Ident)
			b, isBuiltin := lw.info.Uses[id].(*types.Builtin)
			ok = isID && isBuiltin && (b.Name() == "len" || b.Name() == "cap")
		case *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr:
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// noDeref reports whether the selection sel goes through no pointer: a
// field not reached through one, a method value of a method declared on
// the receiver's own type (buf.Write of a *bytes.Buffer, p.Area of a
// Point).
func (lw *lowerer) noDeref(sel *types.Selection) bool {
	switch sel.Kind() {
	case types.FieldVal:
		return !sel.Indirect()
	case types.MethodVal:
		if len(sel.Index()) != 1 || types.IsInterface(sel.Recv()) {
			return false // (a nil interface's method value panics)
		}
		_, recvPtr := sel.Recv().Underlying().(*types.Pointer)
		sig, _ := sel.Obj().Type().(*types.Signature)
		if sig == nil || sig.Recv() == nil {
			return false
		}
		_, methodPtr := sig.Recv().Type().Underlying().(*types.Pointer)
		return !recvPtr || methodPtr
	}
	return false
}
