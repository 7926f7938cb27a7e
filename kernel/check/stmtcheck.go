package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
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
// cell's own statements declare: a var before a cell's first statement
// is the notebook's declaration, made before the cell's statements run
// (one after it is a statement, as in Go's main). It returns the var
// declarations it explained.
func hintStmtVars(undef map[*Error]undefAt, decls, stmts *ast.File) []*ast.GenDecl {
	defined := map[string]bool{}
	for _, n := range topLevelVars(stmts) {
		defined[n] = true
	}
	varAt := func(p token.Pos) *ast.GenDecl {
		for _, d := range decls.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR && gd.Pos() <= p && p < gd.End() {
				return gd
			}
		}
		return nil
	}
	var out []*ast.GenDecl
	for e, u := range undef {
		if name := u.name; defined[name] {
			if gd := varAt(u.pos); gd != nil {
				e.Msg += fmt.Sprintf(" (%[1]s is declared by this cell's statements, which run after its declarations: a var before a cell's first statement is a declaration of the notebook; declare it after the statement that declares %[1]s, or declare %[1]s in an earlier cell)", name)
				if !slices.Contains(out, gd) {
					out = append(out, gd)
				}
			}
		}
	}
	return out
}

// varsAsStatements returns the cell's source src with the var
// declarations vars (in the cell's declarations, file offsets shift past
// src's) written as the := statements they would be in Go's main, in
// their places (var img image.Image = m beside m := Image{}: the
// notebook's declaration ran before the statement that declares m), or
// "" when one cannot be: a group, a var without values, several values
// of a multi-value call given a type. Columns are kept where the
// statement is no longer than the declaration: var x T = e is written
// "    x:= T(e)".
func varsAsStatements(src string, fset *token.FileSet, vars []*ast.GenDecl, shift int) string {
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	off := func(p token.Pos) int { return fset.Position(p).Offset - shift }
	for _, gd := range vars {
		if gd.Lparen.IsValid() || len(gd.Specs) != 1 {
			return ""
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if len(vs.Values) == 0 || vs.Type != nil && len(vs.Values) != len(vs.Names) {
			return ""
		}
		start, names, end := off(gd.Pos()), off(vs.Names[0].Pos()), off(vs.Names[len(vs.Names)-1].End())
		values := off(vs.Values[0].Pos())
		if start < 0 || values > len(src) || names < start {
			return ""
		}
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", names-start))
		b.WriteString(src[names:end])
		head := ":= "
		typ := ""
		if vs.Type != nil {
			typ = src[off(vs.Type.Pos()):off(vs.Type.End())]
			head += typ + "("
		}
		if gap := values - end; len(head) < gap {
			head = ":=" + strings.Repeat(" ", gap-len(head)+1) + head[3:]
		}
		b.WriteString(head)
		for i, v := range vs.Values {
			if i > 0 {
				b.WriteString(", ")
				if typ != "" {
					b.WriteString(typ + "(")
				}
			}
			b.WriteString(src[off(v.Pos()):off(v.End())])
			if typ != "" {
				b.WriteString(")")
			}
		}
		edits = append(edits, edit{start, off(gd.End()), b.String()})
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	var b strings.Builder
	at := 0
	for _, e := range edits {
		if e.start < at {
			return ""
		}
		b.WriteString(src[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.WriteString(src[at:])
	return b.String()
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
