package check

import "go/types"

// rebuildElems returns t, a pointer, slice, array, map or channel type,
// made again of its element (and key) types through f, or t itself when
// f changes none of them; ok is false for another kind of type. Rewrites
// of types (namelessParams, unaliasLocal) go through their composites so.
func rebuildElems(t types.Type, f func(types.Type) types.Type) (types.Type, bool) {
	switch u := t.(type) {
	case *types.Pointer:
		if e := f(u.Elem()); e != u.Elem() {
			return types.NewPointer(e), true
		}
	case *types.Slice:
		if e := f(u.Elem()); e != u.Elem() {
			return types.NewSlice(e), true
		}
	case *types.Array:
		if e := f(u.Elem()); e != u.Elem() {
			return types.NewArray(e, u.Len()), true
		}
	case *types.Map:
		k, e := f(u.Key()), f(u.Elem())
		if k != u.Key() || e != u.Elem() {
			return types.NewMap(k, e), true
		}
	case *types.Chan:
		if e := f(u.Elem()); e != u.Elem() {
			return types.NewChan(u.Dir(), e), true
		}
	default:
		return t, false
	}
	return t, true
}
