package check

import (
	"go/ast"
	"go/types"
)

// shadowedName renames a local variable, constant or type of a function
// whose name is one yaegi v0.16.1 resolves as the predeclared one
// whatever the scope says: iota (a local iota := 7, a parameter named
// iota read as 0), nil (nil := 3 crashed in reflect), true and false,
// and the predeclared types (a local type int32 = string refused
// "cannot convert"). id becomes its name with a suffix no cell can
// spell. Names of package-level declarations and of the variables a
// cell's top-level statements declare stay (the notebook knows them by
// name): yaegi gets those of iota and nil wrong too (the README says so).
func (lw *lowerer) shadowedName(id *ast.Ident) bool {
	if !lw.shadows(id) {
		return false
	}
	lw.replace(id.Pos(), id.End(), id.Name+shadowSuffix)
	return true
}

// identText is the text of e as the lowering writes it: that of an
// identifier shadowedName renames with its suffix (a range's key
// written again into the body: for string := range 3), else e's own.
func (lw *lowerer) identText(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok && lw.shadows(id) {
		return id.Name + shadowSuffix
	}
	return lw.text(e)
}

// shadows reports whether shadowedName renames id.
func (lw *lowerer) shadows(id *ast.Ident) bool {
	obj := lw.info.Defs[id]
	if obj == nil {
		obj = lw.info.Uses[id]
	}
	return lw.shadowsObj(obj)
}

// shadowsObj reports whether shadowedName renames the identifiers of
// obj (a type switch's symbol has one per clause, go/types' implicit
// objects).
func (lw *lowerer) shadowsObj(obj types.Object) bool {
	if obj == nil || !yaegiPredeclared(obj.Name()) {
		return false
	}
	switch obj.(type) {
	case *types.Var, *types.Const:
	default:
		return false
	}
	scope := obj.Parent()
	if scope == nil || obj.Pkg() != lw.pkg || scope == lw.pkg.Scope() || scope == types.Universe {
		return false // a field, or declared at package level
	}
	if scope.Parent() == lw.pkg.Scope() && lw.fset.Position(obj.Pos()).Filename == stmtsFile {
		return false // a notebook variable of the cell's statements
	}
	return true
}

// switchSymbol renames the symbol of a type switch (switch bool :=
// v.(type)) as shadowedName renames its uses in the clauses: go/types
// gives the symbol itself no object.
func (lw *lowerer) switchSymbol(n *ast.TypeSwitchStmt) {
	a, ok := n.Assign.(*ast.AssignStmt)
	if !ok || len(a.Lhs) != 1 {
		return
	}
	sym, ok := a.Lhs[0].(*ast.Ident)
	if !ok {
		return
	}
	for _, c := range n.Body.List {
		if lw.shadowsObj(lw.info.Implicits[c]) {
			lw.replace(sym.Pos(), sym.End(), sym.Name+shadowSuffix)
			return
		}
	}
}

// shadowSuffix makes a local name shadowing a predeclared one yaegi's
// own: U+A78F is a letter, so the name stays an identifier, and no cell
// writes it (the same mark spells kernel/cell/mono's copies).
const shadowSuffix = "ꞏ"

// yaegiPredeclared reports whether name is a predeclared constant, nil,
// or a predeclared type: names yaegi v0.16.1 looks up in its universe
// before the scope. (The builtin functions, len, max, copy…, shadowed
// by a local, work.)
func yaegiPredeclared(name string) bool {
	switch name {
	case "iota", "nil", "true", "false":
		return true
	}
	_, ok := types.Universe.Lookup(name).(*types.TypeName)
	return ok
}
