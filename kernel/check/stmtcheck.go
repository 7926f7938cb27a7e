package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// What a check looks at in a cell's statements: whether they can stay at
// the top level, and hints for names used before they are declared.

// simpleStmts reports whether the statements of body are ones yaegi
// v0.16.1 runs right at the top level of a cell: expressions,
// assignments, ++ and --, sends, without function literals or type
// assertions in them.
func simpleStmts(body *ast.BlockStmt) bool {
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.ExprStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.EmptyStmt:
		case *ast.AssignStmt:
			if commaOK(st) {
				return false // yaegi v0.16.1 panics at the top level: "nil type"
			}
		default:
			return false
		}
		ok := true
		ast.Inspect(st, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit, *ast.TypeAssertExpr:
				ok = false
			}
			return ok
		})
		if !ok {
			return false
		}
	}
	return true
}

// undefAt is an undefined name and where it is used.
type undefAt struct {
	name string
	pos  token.Pos
}

// hintStmtVars explains an undefined name in a declaration that the
// cell's own statements declare: a var at a cell's top level is the
// notebook's declaration, made before the cell's statements run (in Go's
// main it would be a statement).
func hintStmtVars(undef map[*Error]undefAt, decls, stmts *ast.File) {
	defined := map[string]bool{}
	for _, n := range topLevelVars(stmts) {
		defined[n] = true
	}
	inVar := func(p token.Pos) bool {
		for _, d := range decls.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR && gd.Pos() <= p && p < gd.End() {
				return true
			}
		}
		return false
	}
	for e, u := range undef {
		if name := u.name; defined[name] && inVar(u.pos) {
			e.Msg += fmt.Sprintf(" (%[1]s is declared by this cell's statements, which run after its declarations: a var at a cell's top level is a declaration of the notebook; use := or declare %[1]s in an earlier cell)", name)
		}
	}
}

// earlyVars returns the variables the cell's top-level := statements
// declare that its declarations use (undefined there: func scaled(j Job)
// int { return f(j) * scale } beside scale := 2), with their types, when
// all can be written: the cell is checked again with them declared
// first, as notebook variables (Result.EarlyPrelude), which the
// statements then set.
//
// Only uses in function bodies count: a var declaration's initializer
// runs before the statements (var total = count * 2 beside count := 3
// keeps its error and hint).
func (c *Checker) earlyVars(undef map[*Error]undefAt, decls, stmts *ast.File, info *types.Info, imports map[string]string) []*nbVar {
	if len(undef) == 0 || stmts == nil || decls == nil {
		return nil
	}
	inBody := func(p token.Pos) bool {
		for _, d := range decls.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Body.Pos() <= p && p < fd.Body.End() {
				return true
			}
		}
		return false
	}
	body := stmts.Decls[len(stmts.Decls)-1].(*ast.FuncDecl).Body
	want := map[string]bool{}
	for _, u := range undef {
		if !inBody(u.pos) {
			return nil
		}
		want[u.name] = true
	}
	var out []*nbVar
	for _, v := range c.stmtVars(body, info, imports) {
		if want[v.name] {
			if !spellable(v.typ) {
				return nil
			}
			out = append(out, v)
		}
	}
	return out
}

// commaOK reports whether as is v, ok := <-c or v, ok := m[k].
func commaOK(as *ast.AssignStmt) bool {
	if len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	switch x := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.IndexExpr:
		return true
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	}
	return false
}
