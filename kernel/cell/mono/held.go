package mono

import (
	"go/ast"
	"go/types"
)

// A method that a later cell declares on a generic type of the notebook
// (func (b *Box[T]) Len() int) changes the key of every instance
// (cellKey hashes the methods), but an instance is copied anew only
// where a cell names it (Box[string]{}): a variable made before, b :=
// &Box[string]{}, kept the copy without Len, and b.Len() in a later cell
// failed in the interpreter ("undefined selector: Len"). heldInstances
// makes the cell need the instances of the notebook's generic types that
// the variables it uses, and the receivers of the selectors it writes,
// hold: an unchanged instance is in the Specializer's cache already (the
// session does not evaluate it again); a changed one is evaluated again
// with the cell, and the interpreter gives the type's values, old ones
// included, its new methods.

// heldInstances appends to roots the keys of the instances of notebook
// generic types that the types of the variables c's files use, and of
// the receivers of their selectors, and c.Held mention.
func (w *work) heldInstances(c *Cell, roots []string) []string {
	visit := func(t types.Type) {
		walkNamed(t, func(n *types.Named) {
			if w.err != nil || n.TypeArgs().Len() == 0 {
				return
			}
			o := n.Origin().Obj()
			if o.Pkg() == nil || o.Pkg().Path() != w.cell || !w.cellGeneric(o) {
				return
			}
			targs := typeList(n.TypeArgs())
			for _, t := range targs {
				if w.concrete(t, true) != nil {
					return // in a generic function, or of a local type
				}
			}
			if key, _, err := w.need(o, targs); err == nil {
				roots = append(roots, key)
			}
		}, nil)
	}
	eachHeldType(c, func(t types.Type) bool {
		visit(t)
		return w.err == nil
	})
	for _, t := range c.Held {
		visit(t)
	}
	return roots
}

// holdsCellInstance reports whether the cell uses a variable, or selects
// from a value, whose type mentions an instance of a generic type of the
// notebook (nothingToCopy: then heldInstances may have work).
func holdsCellInstance(c *Cell) bool {
	found := false
	check := func(t types.Type) {
		walkNamed(t, func(n *types.Named) {
			if o := n.Obj(); n.TypeArgs().Len() > 0 && o.Pkg() != nil && o.Pkg().Path() == c.Pkg.Path() {
				found = true
			}
		}, nil)
	}
	eachHeldType(c, func(t types.Type) bool {
		check(t)
		return !found
	})
	return found
}

// eachHeldType calls visit with the type of each variable c's files use
// and the receiver of each selector they write, until visit returns
// false.
func eachHeldType(c *Cell, visit func(types.Type) bool) {
	for _, f := range c.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := c.Info.Uses[n].(*types.Var); ok {
					return visit(v.Type())
				}
			case *ast.SelectorExpr:
				if s := c.Info.Selections[n]; s != nil {
					return visit(s.Recv())
				}
			}
			return true
		})
	}
}
