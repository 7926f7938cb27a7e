package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Error is a compile error in a cell, with the message go build gives
// and the line and column (1-based, columns in bytes) in the cell.
type Error struct {
	Line, Col int
	Msg       string
	// Interp is set when the cell is valid Go that the interpreter
	// cannot run (generic code mono cannot specialise).
	Interp bool
}

// Error formats e as go build does, with the cell in place of the file.
func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Errors are the compile errors of one cell, in source order.
type Errors []*Error

// Error returns the first error, and how many more there are.
func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "no errors"
	case 1:
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", es[0], len(es)-1)
}

// notebookVarUnused reports whether err is a variable not used that a
// cell's top-level statement declares (top: topLevelVars): a notebook
// variable, which later cells may use. A local variable not used (in a
// function, or in a block of the cell's statements) is an error, as in
// go build.
func notebookVarUnused(err types.Error, top map[token.Pos]string) bool {
	return strings.HasPrefix(err.Msg, "declared and not used") && top[err.Pos] != ""
}

// topLevelVars returns the names the top-level := and var statements of
// stmts (the cell's statements, in a function) declare, by position. (A
// var before a cell's first statement is a declaration of the notebook,
// not a statement.)
func topLevelVars(stmts *ast.File) map[token.Pos]string {
	if stmts == nil {
		return nil
	}
	top := map[token.Pos]string{}
	for _, st := range stmts.Decls[len(stmts.Decls)-1].(*ast.FuncDecl).Body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, e := range as.Lhs {
				if id, ok := e.(*ast.Ident); ok {
					top[id.Pos()] = id.Name
				}
			}
		}
		for _, id := range varStmtNames(st) {
			top[id.Pos()] = id.Name
		}
	}
	return top
}

// unusedImport reports whether err is an import not used.
func unusedImport(err types.Error) bool {
	msg := err.Msg
	return strings.HasSuffix(msg, "imported and not used") ||
		strings.Contains(msg, "imported as ") && strings.HasSuffix(msg, "and not used")
}

// maxErrors is how many errors of a cell are reported (go build: 10).
const maxErrors = 10

// sortErrors sorts es by position and drops duplicates and the ones
// beyond maxErrors, which go build reports as "too many errors". When
// one is a syntax error of go build's parser (that go/parser let
// through), only those are kept: go build did not type-check the file.
func sortErrors(es []*Error) Errors {
	var syntax []*Error
	for _, e := range es {
		if strings.HasPrefix(e.Msg, "syntax error: ") {
			syntax = append(syntax, e)
		}
	}
	if len(syntax) > 0 {
		es = syntax // go build's parser refused the file: its type checker did not run
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Line != es[j].Line {
			return es[i].Line < es[j].Line
		}
		return es[i].Col < es[j].Col
	})
	var out Errors
	for i, e := range es {
		if i > 0 && *e == *es[i-1] {
			continue
		}
		if len(out) == maxErrors {
			out = append(out, &Error{Line: e.Line, Col: e.Col, Msg: "too many errors"})
			break
		}
		out = append(out, e)
	}
	return out
}

// removedUses adds to the cell's errors that name an earlier declaration
// the cell breaks (undefined: area, x.String undefined) why it is gone:
// it no longer compiles with the cell's declarations.
func removedUses(errs []*Error, broken map[*cell.Decl]*Error) {
	for d, b := range broken {
		for _, n := range d.Names {
			recv, short, isMethod := strings.Cut(n, ".")
			for _, e := range errs {
				missing := " has no field or method " + short
				uses := !isMethod && (e.Msg == "undefined: "+n || strings.HasPrefix(e.Msg, "undefined: "+n+"\n")) ||
					isMethod && (strings.Contains(e.Msg, "(type "+recv+missing) || strings.Contains(e.Msg, "(type *"+recv+missing))
				if uses {
					e.Msg += fmt.Sprintf(" (%s %s, cell %d, no longer compiles with this cell: line %d, column %d: %s)", d.Kind, n, d.Cell, b.Line, b.Col, b.Msg)
				}
			}
		}
	}
}
