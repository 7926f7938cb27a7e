package mono

import "go/types"

// Unalias returns t with each instance of a generic alias in it
// (Named[Version] of type Named[V any] = Pair[string, V]) replaced by the
// type it stands for, at any depth: in the elements of composite types,
// the fields of a struct (Table[Named[Version]] of type Table[T any] =
// struct{ Rows []T }), a function's parameters and results, and the type
// arguments of an instance of a generic type. types.TypeString spells
// such an instance by the alias's name, which yaegi v0.16.1 does not
// know (the declaration is left out for it). With all, every alias is
// replaced, and so are the types spelled two ways (byte, rune and an
// empty interface become uint8, int32 and any): the spelling of one
// type is then one, as the names of copies need (mangle). t itself is
// returned when nothing changed.
func Unalias(t types.Type, all bool) types.Type { return unalias(t, all) }

func unalias(t types.Type, all bool) types.Type {
	switch u := t.(type) {
	case *types.Alias:
		if all || u.TypeArgs().Len() > 0 {
			return unalias(types.Unalias(u), all)
		}
	case *types.Basic:
		if all && u.Kind() == types.Byte && u != types.Typ[types.Uint8] {
			return types.Typ[types.Uint8]
		}
		if all && u.Kind() == types.Rune && u != types.Typ[types.Int32] {
			return types.Typ[types.Int32]
		}
	case *types.Interface:
		if all && u.Empty() && u.NumEmbeddeds() == 0 && !u.IsComparable() {
			return types.Universe.Lookup("any").Type()
		}
	case *types.Pointer:
		if e := unalias(u.Elem(), all); e != u.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := unalias(u.Elem(), all); e != u.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := unalias(u.Elem(), all); e != u.Elem() {
			return types.NewArray(e, u.Len())
		}
	case *types.Map:
		k, e := unalias(u.Key(), all), unalias(u.Elem(), all)
		if k != u.Key() || e != u.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Chan:
		if e := unalias(u.Elem(), all); e != u.Elem() {
			return types.NewChan(u.Dir(), e)
		}
	case *types.Struct:
		fields := make([]*types.Var, u.NumFields())
		tags := make([]string, u.NumFields())
		changed := false
		for i := range u.NumFields() {
			f := u.Field(i)
			ft := unalias(f.Type(), all)
			fields[i], tags[i] = f, u.Tag(i)
			if ft != f.Type() {
				fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded())
				changed = true
			}
		}
		if changed {
			return types.NewStruct(fields, tags)
		}
	case *types.Signature:
		if u.TypeParams().Len() > 0 || u.Recv() != nil {
			return t
		}
		params, pc := unaliasTuple(u.Params(), all)
		results, rc := unaliasTuple(u.Results(), all)
		if pc || rc {
			return types.NewSignatureType(nil, nil, nil, params, results, u.Variadic())
		}
	case *types.Named:
		targs := u.TypeArgs()
		if targs.Len() == 0 {
			return t
		}
		args := make([]types.Type, targs.Len())
		changed := false
		for i := range targs.Len() {
			args[i] = unalias(targs.At(i), all)
			changed = changed || args[i] != targs.At(i)
		}
		if changed {
			if inst, err := types.Instantiate(nil, u.Origin(), args, false); err == nil {
				return inst
			}
		}
	}
	return t
}

// unaliasTuple returns the variables of tup with their types through
// unalias, and whether that changed anything.
func unaliasTuple(tup *types.Tuple, all bool) (*types.Tuple, bool) {
	if tup == nil {
		return nil, false
	}
	changed := false
	vars := make([]*types.Var, tup.Len())
	for i := range tup.Len() {
		v := tup.At(i)
		vars[i] = v
		if vt := unalias(v.Type(), all); vt != v.Type() {
			vars[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), vt)
			changed = true
		}
	}
	return types.NewTuple(vars...), changed
}
