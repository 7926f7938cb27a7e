package check

import (
	"go/ast"
	"go/token"
)

// redeclares reports whether a loop's body declares, in its own block,
// one of the names of the loop's variables (for x := range 3 { x := x *
// 2 }, valid Go: the body is a block inside the loop's). The lowerings
// of loops declare their copies of those variables at the body's start,
// in the body's block, where the body's own declaration would be a
// second one ("no new variables on left side of :=", "x redeclared"); so
// when it returns true they open a block of their own around the body
// (openBody).
func (lw *lowerer) redeclares(body *ast.BlockStmt, names ...string) bool {
	if body == nil {
		return false
	}
	want := map[string]bool{}
	for _, n := range names {
		if n != "" && n != "_" {
			want[n] = true
		}
	}
	if len(want) == 0 {
		return false
	}
	hit := func(id *ast.Ident) bool { return want[id.Name] && lw.info.Defs[id] != nil }
	for _, s := range body.List {
		for {
			l, ok := s.(*ast.LabeledStmt)
			if !ok {
				break
			}
			s = l.Stmt
		}
		switch s := s.(type) {
		case *ast.AssignStmt:
			if s.Tok != token.DEFINE {
				continue
			}
			for _, e := range s.Lhs {
				if id, ok := e.(*ast.Ident); ok && hit(id) {
					return true
				}
			}
		case *ast.DeclStmt:
			g, ok := s.Decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range g.Specs {
				switch sp := sp.(type) {
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						if hit(id) {
							return true
						}
					}
				case *ast.TypeSpec:
					if hit(sp.Name) {
						return true
					}
				}
			}
		}
	}
	return false
}

// closeBody closes the block a lowering opened (with " {" after its
// declarations at the body's start) around a loop's body that redeclares
// a loop variable (redeclares): left of what is inserted at the body's
// closing brace.
func (lw *lowerer) closeBody(body *ast.BlockStmt) {
	lw.insertClose(body.Rbrace, "} ")
}

// identNames returns the names of the expressions that are identifiers
// (a range statement's key and value), "" for the others.
func identNames(es ...ast.Expr) []string {
	var out []string
	for _, e := range es {
		if id, ok := e.(*ast.Ident); ok {
			out = append(out, id.Name)
		}
	}
	return out
}
