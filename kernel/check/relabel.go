package check

import (
	"go/ast"
	"go/types"
)

// Labels named like other things. Go keeps labels apart from every other
// name; yaegi v0.16.1 does not: a label named like a variable, a
// parameter or a package-level name (var start int, then start: and
// goto start; outer: around for outer := ...; continue outer) was "label
// start not defined", or crashed the interpreter ("CFG post-order
// panic"). The lowering gives such a label a fresh name, at its
// statement and at each branch to it.

// relabels are the lowering's renamed labels.
type relabels struct {
	info  *types.Info
	names map[string]bool         // names of the objects that are not labels
	to    map[types.Object]string // the renamed labels' new names
}

// labelClashes reports whether a label named name shares its name with
// an object that is not a label: one the cell declares or uses, or one
// of the package's.
func (lw *lowerer) labelClashes(name string) bool {
	if lw.relabeled == nil || lw.relabeled.info != lw.info {
		r := &relabels{info: lw.info, names: map[string]bool{}, to: map[types.Object]string{}}
		for _, m := range []map[*ast.Ident]types.Object{lw.info.Defs, lw.info.Uses} {
			for id, obj := range m {
				if _, label := obj.(*types.Label); obj != nil && !label {
					r.names[id.Name] = true
				}
			}
		}
		lw.relabeled = r
	}
	return lw.relabeled.names[name] || lw.pkg != nil && lw.pkg.Scope().Lookup(name) != nil
}

// labelName returns the name of the label obj, named name, in the
// lowered source, and whether it is a new one: the first of its
// definition and its branches that the lowering reaches (a goto in a
// range over a function's body, lowered before the label it jumps to)
// gives it.
func (lw *lowerer) labelName(obj types.Object, name string) (string, bool) {
	if _, ok := obj.(*types.Label); !ok || !lw.labelClashes(name) {
		return name, false
	}
	to, ok := lw.relabeled.to[obj]
	if !ok {
		to = lw.fresh("Label")
		lw.relabeled.to[obj] = to
	}
	return to, true
}

// relabelDef renames the label id of a labeled statement when it clashes.
func (lw *lowerer) relabelDef(id *ast.Ident) {
	if to, renamed := lw.labelName(lw.info.Defs[id], id.Name); renamed {
		lw.replace(id.Pos(), id.End(), to)
	}
}

// relabelUse renames the label id of a branch statement to the new name
// of its label, unless the lowering rewrote it already.
func (lw *lowerer) relabelUse(id *ast.Ident) {
	if id == nil {
		return
	}
	to, renamed := lw.labelName(lw.info.Uses[id], id.Name)
	if !renamed {
		return
	}
	start, end := lw.off(id.Pos()), lw.off(id.End())
	for _, e := range lw.edits {
		if e.Start < end && start < e.End || e.Start == e.End && start < e.Start && e.Start < end {
			return
		}
	}
	lw.replace(id.Pos(), id.End(), to)
}

// labelText is the name of the label a branch statement's id names, in
// the lowered source.
func (lw *lowerer) labelText(id *ast.Ident) string {
	to, _ := lw.labelName(lw.info.Uses[id], id.Name)
	return to
}
