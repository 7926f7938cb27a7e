package cell

import (
	"go/ast"
	"go/token"
)

// FuncArg is an identifier passed where an executor expects a function:
// the first argument of a call of a method named Submit, Map or MapIter,
// or of WithInitializer. If it names a notebook function, the session
// passes the function's name along with it, so that a process pool can
// find the same function in its workers.
type FuncArg struct {
	Name  string `json:"name"`
	Start int    `json:"start"` // byte offsets of the identifier
	End   int    `json:"end"`
}

// DisplayCall is a call pkg.Display(arg) with one argument. If pkg is the
// display package, the session routes it through interpreted code that
// sees the methods of cell-declared types.
type DisplayCall struct {
	Pkg      string `json:"pkg"`
	Stmt     int    `json:"stmt"`      // start of the top-level statement holding the call
	Start    int    `json:"start"`     // of the call
	ArgStart int    `json:"arg_start"` // of its argument
	ArgEnd   int    `json:"arg_end"`
	End      int    `json:"end"` // of the call
}

// displayCalls finds the DisplayCalls in the top-level statement st, not
// inside function literals; offsets are shifted by -shift.
func displayCalls(fset *token.FileSet, st ast.Stmt, shift int) []DisplayCall {
	var out []DisplayCall
	off := func(p token.Pos) int { return fset.Position(p).Offset - shift }
	switch st.(type) {
	case *ast.ExprStmt, *ast.AssignStmt:
	default:
		return nil // the temporary goes in front of the statement: not into blocks
	}
	ast.Inspect(st, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Display" {
			if pkg, ok := sel.X.(*ast.Ident); ok {
				out = append(out, DisplayCall{Pkg: pkg.Name, Stmt: off(st.Pos()), Start: off(call.Pos()),
					ArgStart: off(call.Args[0].Pos()), ArgEnd: off(call.Args[0].End()), End: off(call.End())})
			}
		}
		return true
	})
	return out
}

// funcArgCallees are the calls whose first argument is a task function.
var funcArgCallees = map[string]bool{"Submit": true, "Map": true, "MapIter": true, "WithInitializer": true,
	"WithProcessInitializer": true}

// funcArgs finds FuncArgs in n; offsets are shifted by -shift.
func funcArgs(fset *token.FileSet, n ast.Node, shift int) []FuncArg {
	var out []FuncArg
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		var name string
		switch f := call.Fun.(type) {
		case *ast.SelectorExpr:
			name = f.Sel.Name
		case *ast.Ident:
			name = f.Name
		}
		if !funcArgCallees[name] {
			return true
		}
		if id, ok := call.Args[0].(*ast.Ident); ok {
			out = append(out, FuncArg{Name: id.Name,
				Start: fset.Position(id.Pos()).Offset - shift, End: fset.Position(id.End()).Offset - shift})
		}
		return true
	})
	return out
}
