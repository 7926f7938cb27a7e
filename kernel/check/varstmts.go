package check

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A var declaration after a cell's first statement is one of its
// statements (cell.Split), as it is in Go's main: its initializer runs
// in its place, after the statements before it (var q []float64;
// q = append(q, 2); var z any = q holds [2]). Its variables are notebook
// variables, as those of :=: declared first at package level with their
// types, and set where the declaration was.

// varStmtNames returns the names a top-level var statement declares.
func varStmtNames(st ast.Stmt) []*ast.Ident {
	var out []*ast.Ident
	for _, vs := range cell.VarSpecs(st) {
		out = append(out, vs.Names...)
	}
	return out
}

// varStmtAssigns lowers the top-level var statements of body, which run
// in a function literal, to assignments of the notebook variables they
// declare: var x T = v is x = v (x has type T), var a, b = f() is
// a, b = f(), var x T is x = *new(T) (zeroed where it is declared, as Go
// does: the cell may run again, or declare anew a variable the notebook
// had), and a group is its specs, one after the other.
func (lw *lowerer) varStmtAssigns(body *ast.BlockStmt) {
	for _, st := range body.List {
		specs := cell.VarSpecs(st)
		if len(specs) == 0 {
			continue
		}
		gd := st.(*ast.DeclStmt).Decl.(*ast.GenDecl)
		if gd.Lparen.IsValid() {
			lw.blank(gd.Pos(), gd.Lparen+1)
			lw.blank(gd.Rparen, gd.Rparen+1)
		} else {
			lw.blank(gd.Pos(), specs[0].Names[0].Pos())
		}
		for _, vs := range specs {
			last := vs.Names[len(vs.Names)-1].End()
			if len(vs.Values) > 0 {
				lw.replacePadded(last, vs.Values[0].Pos(), " = ")
				continue
			}
			typ := lw.orig[lw.off(vs.Type.Pos()):lw.off(vs.Type.End())]
			zeros := make([]string, len(vs.Names))
			for i := range zeros {
				zeros[i] = "*new(" + typ + ")"
			}
			lw.replace(last, vs.Type.End(), " = "+strings.Join(zeros, ", "))
		}
	}
}

// blank replaces the source from from to to with spaces (newlines kept).
func (lw *lowerer) blank(from, to token.Pos) {
	lw.replace(from, to, cell.Blank(lw.orig[lw.off(from):lw.off(to)]))
}

// replacePadded replaces the source from from to to with text, padded
// with spaces on the left to the length it replaces when that is on one
// line, so that the columns after it stay.
func (lw *lowerer) replacePadded(from, to token.Pos, text string) {
	old := lw.orig[lw.off(from):lw.off(to)]
	if n := len(old) - len(text); n > 0 && !strings.Contains(old, "\n") {
		text = strings.Repeat(" ", n) + text
	}
	lw.replace(from, to, text)
}
