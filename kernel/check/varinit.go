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
// function that reads it. So with several names (var a, b int = x, x,
// one function of several results) and in groups, where yaegi refused
// two initializers that read one variable of an earlier cell: a group
// becomes a declaration per spec, each on its line; a spec of as many
// values as names becomes a function and a variable per value (one
// function of several results, return base, len(names), gave the first
// twice), and a call of several results a struct of them (chainInit,
// which writes all of these, with a chain or without). Specs that read only variables of their own cell are left to
// the interpreter, which orders them after what they read (made
// functions, they read it unset), unless its order is not Go's
// (initorder.go: then every initializer of the cell is chained).
func (lw *lowerer) globalInit(gd *ast.GenDecl) {
	if gd.Tok != token.VAR {
		return
	}
	reads := false
	for _, s := range gd.Specs {
		if vs, ok := s.(*ast.ValueSpec); ok && (lw.initReadsEarlierVar(vs) || lw.chained(vs)) {
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
		if lw.chained(vs) {
			lw.chainInit(vs, start)
			continue
		}
		if !lw.initReadsEarlierVar(vs) || len(vs.Values) == 0 {
			if group {
				lw.insert(vs.Pos(), "var ")
			}
			continue
		}
		// without a chain: a function per value (one of several results,
		// return base, len(names), gave the first twice), or one of a
		// struct of a call's results
		lw.chainInit(vs, start)
	}
}

// initReadsEarlierVar reports whether vs has values of which one reads
// a package-level variable of an earlier cell.
func (lw *lowerer) initReadsEarlierVar(vs *ast.ValueSpec) bool {
	for _, v := range vs.Values {
		if lw.readsEarlierVar(v) {
			return true
		}
	}
	return false
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
