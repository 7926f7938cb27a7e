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
// interface or a pointer to one, has one of its methods through a field
// it embeds of a compiled type (a type of another package, an interface
// of one, or error), at any depth.
func promotedCompiled(t types.Type, it *types.Interface) bool {
	if it == nil {
		return false
	}
	if _, ok := cellConcrete(t); !ok {
		return false
	}
	ms := types.NewMethodSet(t)
	for m := range it.Methods() {
		if sel := ms.Lookup(m.Pkg(), m.Name()); sel != nil && viaCompiledField(t, sel.Index()) {
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
		if viaCompiledField(t, ms.At(i).Index()) {
			return true
		}
	}
	return false
}

// viaCompiledField reports whether the path index (a method selection's)
// from t goes through an embedded field of a compiled type.
func viaCompiledField(t types.Type, index []int) bool {
	cur := t
	for _, i := range index[:max(len(index)-1, 0)] {
		if p, ok := cur.Underlying().(*types.Pointer); ok {
			cur = p.Elem()
		}
		st, ok := cur.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		cur = st.Field(i).Type()
		ft := cur
		if p, ok := ft.(*types.Pointer); ok {
			ft = p.Elem()
		}
		if n, ok := types.Unalias(ft).(*types.Named); ok {
			if p := n.Obj().Pkg(); p == nil || p.Path() != "main" {
				return true
			}
		}
	}
	return false
}
