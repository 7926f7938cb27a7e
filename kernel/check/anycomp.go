package check

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// A composite of cell types ([]Money, map[string]point, [3]Item) put in
// an "any" loses, to fmt in yaegi v0.16.1, what fmtCands gives the
// printer for the cell types themselves: a helper func show(v any)
// printed show([]Money{1, 250}) as [1 250], not [$0.01 $2.50]. Such a
// value has no wrapper that names its type; only its static type where
// it went into the interface knows it.
//
// So the lowering notes the composite types of cell types that checked
// code converts to an empty interface (Checker.anyComps, as Go source in
// package main), and fmtCands offers them, as it offers the cell types,
// for the interface{} values it describes. A cell that converts a new
// one is lowered again with it, and the notebook's functions whose
// lowering looked at the set of types with it (relower.go).
//
// One reflect type in the interpreter may stand for several such types:
// []Money and []int64 (type Money int64) are both []int64 there, and an
// assertion cannot tell them apart. Composites are offered only when no
// other composite converted to an interface has their shape (struct
// types are told apart by their tags: typetags.go).

// noteAnyComp records t, the type of a value converted to an empty
// interface, when it is an unnamed composite that anyComps may hold.
func (lw *lowerer) noteAnyComp(t types.Type) {
	src, ok := lw.compSpelling(t)
	if !ok || slices.Contains(lw.foundComps, src) {
		return
	}
	lw.foundComps = append(lw.foundComps, src)
}

// compSpelling returns t as Go source in package main when t is a slice,
// array or map of types of package main or predeclared ones, without
// interfaces, functions or channels in it. A cell type defined as such a
// composite (type Shelf []*Jar) is none: it has methods to yaegi v0.16.1,
// the lowering's own (markedNamed) if no others, and fmtCands offers it.
func (lw *lowerer) compSpelling(t types.Type) (string, bool) {
	switch t := types.Unalias(t).(type) {
	case *types.Slice, *types.Array, *types.Map:
	case *types.Pointer:
		// a pointer to one, which json decodes into (&rows handed to a
		// func load(data []byte, v any))
		switch types.Unalias(t.Elem()).(type) {
		case *types.Slice, *types.Array, *types.Map:
		default:
			return "", false
		}
	default:
		return "", false
	}
	if !localPlain(t, 0) {
		return "", false
	}
	return types.TypeString(t, func(p *types.Package) string { return "" }), true
}

// localPlain reports whether t names only types of package main (not
// generic) and predeclared ones, without interfaces, functions,
// channels or type parameters.
func localPlain(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return true
	case *types.Named:
		if t.Obj().Pkg() == nil || t.Obj().Pkg().Path() != "main" || t.TypeArgs().Len() > 0 || t.TypeParams().Len() > 0 {
			return false
		}
		if t.Obj().Parent() != t.Obj().Pkg().Scope() {
			return false // declared in a function
		}
		_, iface := t.Underlying().(*types.Interface)
		return !iface
	case *types.Slice:
		return localPlain(t.Elem(), depth+1)
	case *types.Array:
		return localPlain(t.Elem(), depth+1)
	case *types.Map:
		return localPlain(t.Key(), depth+1) && localPlain(t.Elem(), depth+1)
	case *types.Pointer:
		return localPlain(t.Elem(), depth+1)
	}
	return false
}

// newAnyComps returns the composites this lowering found that the
// notebook did not know, and whether they change what fmtCands offers
// (one more offered, or one no longer: then the cell is lowered again).
func (lw *lowerer) newAnyComps() (added []string, changed bool) {
	for _, src := range lw.foundComps {
		if !slices.Contains(lw.anyComps, src) {
			added = append(added, src)
		}
	}
	if len(added) == 0 {
		return nil, false
	}
	before := lw.offeredComps(lw.anyComps)
	after := lw.offeredComps(append(slices.Clone(lw.anyComps), added...))
	return added, !slices.EqualFunc(before, after, types.Identical)
}

// anyCompTypes returns the composites fmtCands offers for interface{}
// values, made once per lowering.
func (lw *lowerer) anyCompTypes() []types.Type {
	if lw.compTypes == nil {
		lw.compTypes = lw.offeredComps(lw.anyComps)
		if lw.compTypes == nil {
			lw.compTypes = []types.Type{}
		}
	}
	return lw.compTypes
}

// offeredComps resolves srcs in the cell's package and returns those
// that fmt prints wrongly or json encodes wrongly (a []Level of a Level
// with a MarshalText method) and that no other of srcs shares a shape
// with.
func (lw *lowerer) offeredComps(srcs []string) []types.Type {
	var ts []types.Type
	shapes := map[string]int{}
	for _, src := range srcs {
		tv, err := types.Eval(lw.fset, lw.pkg, token.NoPos, src)
		if err != nil || !tv.IsType() || !localPlain(tv.Type, 0) {
			continue // a type since removed or redefined
		}
		ts = append(ts, tv.Type)
		shapes[shape(tv.Type)]++
	}
	var out []types.Type
	for _, t := range ts {
		if shapes[shape(t)] == 1 && (lw.fmtNeeds(t) || lw.jsonNeeds(t, nil)) {
			out = append(out, t)
		}
	}
	return out
}

// shape spells t as the interpreter's reflect type of it: a named type
// that is not a struct as its underlying type.
func shape(t types.Type) string {
	var b strings.Builder
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if _, st := t.Underlying().(*types.Struct); st {
				b.WriteString(t.Obj().Name())
				return
			}
			walk(t.Underlying())
		case *types.Slice:
			b.WriteString("[]")
			walk(t.Elem())
		case *types.Array:
			b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
			walk(t.Elem())
		case *types.Map:
			b.WriteString("map[")
			walk(t.Key())
			b.WriteString("]")
			walk(t.Elem())
		case *types.Pointer:
			b.WriteString("*")
			walk(t.Elem())
		default:
			b.WriteString(types.TypeString(t, nil))
		}
	}
	walk(t)
	return b.String()
}
