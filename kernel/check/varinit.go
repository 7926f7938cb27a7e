package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// globalInit lowers var x = E, where E reads a package-level variable
// of an earlier cell, to
//
//	func gofuturesInitN() T { return E }; var x = gofuturesInitN()
//
// on the same line: yaegi v0.16.1 refuses such an initializer ("variable
// definition loop"; also inside a function literal), or reads a variable
// an earlier cell's statements set as its zero value, but calls a
// function that reads it. Declarations of several names or values, and
// groups, are left as they are.
func (lw *lowerer) globalInit(gd *ast.GenDecl) {
	if gd.Tok != token.VAR || gd.Lparen.IsValid() || len(gd.Specs) != 1 {
		return
	}
	vs, ok := gd.Specs[0].(*ast.ValueSpec)
	if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 || vs.Names[0].Name == "_" {
		return
	}
	obj := lw.info.Defs[vs.Names[0]]
	if obj == nil || !lw.readsEarlierVar(vs.Values[0]) {
		return
	}
	fn := lw.fresh("Init")
	lw.replace(gd.Pos(), vs.Values[0].Pos(), "func "+fn+"() "+lw.typ(obj.Type())+" { return ")
	lw.insertClose(vs.Values[0].End(), " }; var "+vs.Names[0].Name+" = "+fn+"()")
}

// readsEarlierVar reports whether e reads a package-level variable that
// another cell declared (or whose statements set it).
func (lw *lowerer) readsEarlierVar(e ast.Expr) bool {
	here := lw.fset.File(e.Pos())
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		if v, ok := lw.info.Uses[id].(*types.Var); ok && v.Parent() == lw.pkg.Scope() && lw.fset.File(v.Pos()) != here {
			found = true
		}
		return true
	})
	return found
}
