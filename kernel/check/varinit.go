package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// globalInit lowers var x = E, where E reads a package-level variable
// of an earlier cell, to
//
//	func gofuturesInitN() T { return E }; var x = gofuturesInitN()
//
// on the same line: yaegi v0.16.1 refuses such an initializer ("variable
// definition loop"; also inside a function literal), or reads a variable
// an earlier cell's statements set as its zero value, but calls a
// function that reads it. So with several names (var a, b int = x, x,
// one function of several results) and in groups, where yaegi refused
// two initializers that read one variable, of an earlier cell or of this
// one: a group becomes a declaration per spec, each on its line.
func (lw *lowerer) globalInit(gd *ast.GenDecl) {
	if gd.Tok != token.VAR {
		return
	}
	several := gd.Lparen.IsValid() || len(gd.Specs) > 1
	for _, s := range gd.Specs {
		if vs, ok := s.(*ast.ValueSpec); ok && len(vs.Names) > 1 {
			several = true
		}
	}
	reads := false
	for _, s := range gd.Specs {
		if vs, ok := s.(*ast.ValueSpec); ok && lw.initReadsVar(vs, several) {
			reads = true
		}
	}
	if !reads {
		return
	}
	group := gd.Lparen.IsValid()
	if group {
		lw.replace(gd.Pos(), gd.Lparen+1, "")
		lw.replace(gd.Rparen, gd.Rparen+1, "")
	}
	for _, s := range gd.Specs {
		vs := s.(*ast.ValueSpec)
		start := gd.Pos()
		if group {
			start = vs.Pos()
		}
		results := lw.initResults(vs)
		if !lw.initReadsVar(vs, several) || results == "" {
			if group {
				lw.insert(vs.Pos(), "var ")
			}
			continue
		}
		names := make([]string, len(vs.Names))
		for i, n := range vs.Names {
			names[i] = n.Name
		}
		fn := lw.fresh("Init")
		lw.replace(start, vs.Values[0].Pos(), "func "+fn+"() "+results+" { return ")
		lw.insertClose(vs.Values[len(vs.Values)-1].End(), " }; var "+strings.Join(names, ", ")+" = "+fn+"()")
	}
}

// initReadsVar reports whether vs has values of which one reads a
// package-level variable of an earlier cell; with several, of any cell
// (a declaration of several names or specs: yaegi v0.16.1 refused those
// reading one of the same cell too).
func (lw *lowerer) initReadsVar(vs *ast.ValueSpec, several bool) bool {
	for _, v := range vs.Values {
		if lw.readsVar(v, !several) {
			return true
		}
	}
	return false
}

// initResults returns the results of the function globalInit makes of
// vs, "T" or "(T1, T2)": the types of the names it declares; "" when one
// has none.
func (lw *lowerer) initResults(vs *ast.ValueSpec) string {
	if len(vs.Values) == 0 {
		return ""
	}
	ts := make([]string, len(vs.Names))
	for i, n := range vs.Names {
		obj := lw.info.Defs[n]
		if obj == nil {
			return ""
		}
		ts[i] = lw.typ(obj.Type())
	}
	if len(ts) == 1 {
		return ts[0]
	}
	return "(" + strings.Join(ts, ", ") + ")"
}

// readsVar reports whether e reads a package-level variable, only of
// another cell when earlier.
func (lw *lowerer) readsVar(e ast.Expr, earlier bool) bool {
	here := lw.fset.File(e.Pos())
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		if v, ok := lw.info.Uses[id].(*types.Var); ok && v.Parent() == lw.pkg.Scope() && (!earlier || lw.fset.File(v.Pos()) != here) {
			found = true
		}
		return true
	})
	return found
}
