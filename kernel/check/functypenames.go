package check

import (
	"go/ast"
	"go/token"
)

// blankFuncTypeNames lowers the types spelled in gd's package-level
// variables (declared, or in their initializers but for function
// literals' own): a name of a parameter or result of a function type in
// them becomes _ (`var handler func(x int) int` is declared as `var handler
// func(_ int) int`, the same type). yaegi v0.16.1 refused such a
// declaration when the notebook has a variable of that name ("variable
// definition loop": it resolved the parameter's name as the variable).
// The declared type of a spec globalInit writes anew is left to it (it
// spells the type with lw.typ, which names no parameter).
func (lw *lowerer) blankFuncTypeNames(gd *ast.GenDecl) {
	if gd.Tok != token.VAR {
		return
	}
	for _, s := range gd.Specs {
		vs, ok := s.(*ast.ValueSpec)
		if !ok {
			continue
		}
		blank := func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false // (its parameters are its body's)
			}
			ft, ok := n.(*ast.FuncType)
			if !ok {
				return true
			}
			for _, fl := range []*ast.FieldList{ft.Params, ft.Results} {
				if fl == nil {
					continue
				}
				for _, f := range fl.List {
					for _, id := range f.Names {
						if id.Name != "_" {
							lw.replace(id.Pos(), id.End(), "_")
						}
					}
				}
			}
			return true
		}
		if vs.Type != nil && !lw.chained(vs) && (len(vs.Values) == 0 || !lw.initReadsEarlierVar(vs)) {
			ast.Inspect(vs.Type, blank)
		}
		for _, v := range vs.Values {
			ast.Inspect(v, blank)
		}
	}
}
