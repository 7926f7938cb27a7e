package check

import "go/types"

// Methods promoted from embedded compiled types in yaegi v0.16.1. A
// notebook struct that gets methods of an interface from a field it
// embeds, of a compiled package's type or interface (type CodeErr
// struct{ error; Code int }, type Log struct{ bytes.Buffer }), is not
// one yaegi converts to that interface as Go does: a *CodeErr in an
// error, put in an any, no longer asserts to *CodeErr (errors.As and
// type switches missed it); a *Log is refused as an io.Writer ("cannot
// use type *main.Log as type io.Writer"), its Write being (*bytes.Buffer)'s;
// a struct value whose embedded io.Writer is not its last field panics
// in the interface ("method not found: Write"). Such values go to the
// interface in a box, as a nil pointer does (nilbox.go; errors in the
// error box, errs.go), whose methods call the value's: yaegi runs a
// promoted method called on the value itself.

// promotedCompiled reports whether t, a notebook type that is not an
// interface or a pointer to one, has one of its methods from a field it
// embeds of a compiled type (a method of a type of another package, or
// of an interface that is not the notebook's, error's Error too).
func promotedCompiled(t types.Type, it *types.Interface) bool {
	if it == nil {
		return false
	}
	if _, ok := cellConcrete(t); !ok {
		return false
	}
	ms := types.NewMethodSet(t)
	for m := range it.Methods() {
		sel := ms.Lookup(m.Pkg(), m.Name())
		if sel == nil || len(sel.Index()) < 2 {
			continue
		}
		if p := sel.Obj().Pkg(); p == nil || p.Path() != "main" {
			return true
		}
	}
	return false
}

// promotedAny reports whether t, a notebook type or a pointer to one, has
// a method promoted from a field it embeds of a compiled type: a value
// of it may be in a box (boxTarget).
func promotedAny(t types.Type) bool {
	if _, ok := cellConcrete(t); !ok {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		sel := ms.At(i)
		if p := sel.Obj().Pkg(); len(sel.Index()) > 1 && (p == nil || p.Path() != "main") {
			return true
		}
	}
	return false
}
