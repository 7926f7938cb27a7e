package cell

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// Trailing describes a cell's last statement when it is an expression whose
// value the notebook shows.
type Trailing struct {
	// Callee is the source of the called function when the expression is
	// a call of an identifier or selector (e.g. "fmt.Println"); the session
	// shows the value only if that function returns exactly one value.
	Callee string
	// IsCall is set for any call expression (including builtins and
	// conversions, which have no simple callee).
	IsCall bool
	// Start and End are the byte offsets of the expression in Stmts.
	Start, End int
}

// stmtPrefix wraps statements so go/parser accepts them; it sits on line 1
// before the cell's first character.
const stmtPrefix = "package main;func _(){"

func (p *Parsed) analyzeStmts() error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell", stmtPrefix+p.Stmts+"\n}", 0)
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
			e := list[0]
			line, col, msg := e.Pos.Line, e.Pos.Column, e.Msg
			if line == 1 {
				col -= len(stmtPrefix)
			}
			if last := strings.Count(p.Stmts, "\n") + 1; line > last {
				// the closing brace we added: the cell ended too early
				line = last
				col = len(p.Stmts) - strings.LastIndex(p.Stmts, "\n")
				msg = strings.Replace(msg, "found '}'", "found end of cell", 1)
			}
			return &Error{Line: line, Col: col, Msg: syntaxMsg(msg)}
		}
		return err
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	p.StmtFuncArgs = funcArgs(fset, f.Decls[0], len(stmtPrefix))
	for _, st := range body {
		if _, empty := st.(*ast.EmptyStmt); !empty {
			p.StmtStarts = append(p.StmtStarts, fset.Position(st.Pos()).Offset-len(stmtPrefix))
		}
		if _, ok := st.(*ast.DeferStmt); ok {
			p.StmtDefers = append(p.StmtDefers, fset.Position(st.Pos()).Offset-len(stmtPrefix))
		}
		p.StmtDisplayCalls = append(p.StmtDisplayCalls, displayCalls(fset, st, len(stmtPrefix))...)
		if es, ok := st.(*ast.ExprStmt); ok {
			start := fset.Position(es.Pos()).Offset - len(stmtPrefix)
			if strings.HasPrefix(p.Stmts[start:], "func") {
				p.StmtFuncLits = append(p.StmtFuncLits, [2]int{start, fset.Position(es.End()).Offset - len(stmtPrefix)})
			}
		}
		switch st.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
			*ast.SelectStmt, *ast.BlockStmt, *ast.LabeledStmt:
			p.StmtBlocks = append(p.StmtBlocks, [2]int{
				fset.Position(st.Pos()).Offset - len(stmtPrefix), fset.Position(st.End()).Offset - len(stmtPrefix)})
		}
	}
	names := map[string]bool{}
	for _, st := range body {
		for _, vs := range VarSpecs(st) {
			for i, id := range vs.Names {
				if id.Name == "_" {
					continue
				}
				names[id.Name] = true
				t := declType(vs.Type)
				if t == "" && len(vs.Values) == len(vs.Names) {
					t = litType(vs.Values[i])
				}
				if t != "" {
					if p.StmtTypes == nil {
						p.StmtTypes = map[string]string{}
					}
					p.StmtTypes[id.Name] = t
				}
			}
		}
		if as, ok := st.(*ast.AssignStmt); ok {
			for i, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					names[id.Name] = true
					if len(as.Rhs) == len(as.Lhs) {
						if t := litType(as.Rhs[i]); t != "" {
							if p.StmtTypes == nil {
								p.StmtTypes = map[string]string{}
							}
							p.StmtTypes[id.Name] = t
						}
					}
				}
			}
		}
	}
	for n := range names {
		p.StmtNames = append(p.StmtNames, n)
	}
	sort.Strings(p.StmtNames)
	if len(body) == 0 {
		return nil
	}
	last, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	t := &Trailing{
		Start: fset.Position(last.X.Pos()).Offset - len(stmtPrefix),
		End:   fset.Position(last.X.End()).Offset - len(stmtPrefix),
	}
	if call, ok := ast.Unparen(last.X).(*ast.CallExpr); ok {
		t.IsCall = true
		if simpleSelector(call.Fun) {
			off := fset.Position(call.Fun.Pos()).Offset - len(stmtPrefix)
			end := fset.Position(call.Fun.End()).Offset - len(stmtPrefix)
			t.Callee = p.Stmts[off:end]
		}
	}
	p.Trailing = t
	return nil
}

// declType returns T for the types T and *T of a var declaration, T
// not a predeclared type.
func declType(e ast.Expr) string {
	if st, ok := e.(*ast.StarExpr); ok {
		e = st.X
	}
	if id, ok := e.(*ast.Ident); ok && types.Universe.Lookup(id.Name) == nil {
		return id.Name
	}
	return ""
}

// litType returns T for T{...} and &T{...}.
func litType(e ast.Expr) string {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	if cl, ok := e.(*ast.CompositeLit); ok {
		if id, ok := cl.Type.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// simpleSelector reports whether e is an identifier, or selectors and
// index expressions on one (fs[0].AddDoneCallback), whose evaluation has no
// side effects.
func simpleSelector(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return simpleSelector(x.X)
	case *ast.IndexExpr:
		_, lit := x.Index.(*ast.BasicLit)
		return simpleSelector(x.X) && (lit || simpleSelector(x.Index))
	case *ast.ParenExpr:
		return simpleSelector(x.X)
	}
	return false
}

// VarSpecs returns the specs of st when it is a var declaration (a
// cell's top-level var after its first statement), else nil.
func VarSpecs(st ast.Stmt) []*ast.ValueSpec {
	ds, ok := st.(*ast.DeclStmt)
	if !ok {
		return nil
	}
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return nil
	}
	out := make([]*ast.ValueSpec, 0, len(gd.Specs))
	for _, s := range gd.Specs {
		if vs, ok := s.(*ast.ValueSpec); ok {
			out = append(out, vs)
		}
	}
	return out
}
