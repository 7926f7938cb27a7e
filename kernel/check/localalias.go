package check

import (
	"go/ast"
	"go/types"
)

// Type aliases declared in a function (type Costs = Vec[float64], type
// pair = struct{ a, b int }) are "undefined: Costs" to yaegi v0.16.1,
// which declares no local alias at all. The lowering leaves their
// declarations out, as genericAliasDecl does a generic alias's, and
// spells each use as the type the alias stands for, in parentheses
// where it is not a composite literal's type (a conversion
// Fn(f) of type Fn = func(int) is (func(int))(f)).

// localAlias returns the alias id names or declares, when it is a
// non-generic alias declared in a function; nil otherwise.
func (lw *lowerer) localAlias(id *ast.Ident) *types.TypeName {
	obj := lw.info.Uses[id]
	if obj == nil {
		obj = lw.info.Defs[id]
	}
	tn, ok := obj.(*types.TypeName)
	if !ok || !tn.IsAlias() || tn.Pkg() == nil || tn.Parent() == nil || tn.Parent() == tn.Pkg().Scope() {
		return nil
	}
	if a, ok := tn.Type().(*types.Alias); ok && a.TypeParams().Len() > 0 {
		return nil
	}
	return tn
}

// localAliasLit marks the type of composite literal n when it is a local
// alias: spelled without parentheses.
func (lw *lowerer) localAliasLit(n *ast.CompositeLit) {
	if id, ok := n.Type.(*ast.Ident); ok && lw.localAlias(id) != nil {
		if lw.aliasLits == nil {
			lw.aliasLits = map[*ast.Ident]bool{}
		}
		lw.aliasLits[id] = true
	}
}

// localAliasUse spells id, a use of a local alias, as the type it stands
// for; it reports whether it did.
func (lw *lowerer) localAliasUse(id *ast.Ident) bool {
	if lw.info.Uses[id] == nil {
		return false
	}
	tn := lw.localAlias(id)
	if tn == nil {
		return false
	}
	text := lw.typ(types.Unalias(tn.Type()))
	if !spellable(text) {
		return false
	}
	if !lw.aliasLits[id] {
		text = "(" + text + ")"
	}
	lw.replace(id.Pos(), id.End(), text)
	return true
}

// unaliasLocal returns t with the local aliases in it replaced by the
// types they stand for (typ spells no local alias by name).
func unaliasLocal(t types.Type) types.Type {
	switch u := t.(type) {
	case *types.Alias:
		if o := u.Obj(); o.Pkg() != nil && o.Parent() != nil && o.Parent() != o.Pkg().Scope() && u.TypeParams().Len() == 0 {
			return unaliasLocal(types.Unalias(u))
		}
	case *types.Pointer, *types.Slice, *types.Array, *types.Map, *types.Chan:
		r, _ := rebuildElems(t, unaliasLocal)
		return r
	case *types.Struct:
		fields := make([]*types.Var, u.NumFields())
		tags := make([]string, u.NumFields())
		changed := false
		for i := range u.NumFields() {
			f := u.Field(i)
			ft := unaliasLocal(f.Type())
			fields[i], tags[i] = f, u.Tag(i)
			if ft != f.Type() {
				fields[i], changed = types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded()), true
			}
		}
		if changed {
			return types.NewStruct(fields, tags)
		}
	case *types.Signature:
		if u.TypeParams().Len() > 0 || u.Recv() != nil {
			return t
		}
		params, pc := unaliasTuple(u.Params())
		results, rc := unaliasTuple(u.Results())
		if pc || rc {
			return types.NewSignatureType(nil, nil, nil, params, results, u.Variadic())
		}
	}
	return t
}

func unaliasTuple(tup *types.Tuple) (*types.Tuple, bool) {
	if tup == nil {
		return nil, false
	}
	changed := false
	vars := make([]*types.Var, tup.Len())
	for i := range tup.Len() {
		v := tup.At(i)
		vars[i] = v
		if vt := unaliasLocal(v.Type()); vt != v.Type() {
			vars[i], changed = types.NewParam(v.Pos(), v.Pkg(), v.Name(), vt), true
		}
	}
	return types.NewTuple(vars...), changed
}
