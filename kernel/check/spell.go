package check

import (
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell/mono"
)

// Spelling types in the lowered code: in the cell's package, with hidden
// imports, kernel/cell/mono's copies of instances for generic types.

// typ spells t in the cell's package, importing what it names under
// hidden aliases when the cell does not import it.
func (lw *lowerer) typ(t types.Type) string {
	t = mono.Unalias(t, false) // instances of generic aliases (more.go)
	t = unaliasLocal(t)        // aliases declared in functions (localalias.go)
	qual := func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		for n, path := range lw.imports {
			if path == p.Path() {
				return n
			}
		}
		alias := hiddenAlias(p.Path())
		if lw.extra == nil {
			lw.extra = map[string]string{}
		}
		lw.extra[alias] = p.Path()
		return alias
	}
	t = iterFuncs(t)
	return lw.spellCopies(t, lw.spellInstances(t, types.TypeString(namelessParams(t), qual), qual), qual)
}

// iterFuncs returns t, or where t is an iter.Seq or iter.Seq2 (generic
// types of a package yaegi v0.16.1 does not have), the function type it
// stands for, as iterType spells them in the source.
func iterFuncs(t types.Type) types.Type {
	n, ok := types.Unalias(t).(*types.Named)
	if ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter" && n.TypeArgs().Len() > 0 {
		return n.Underlying()
	}
	return t
}

// namelessParams returns t with the parameters and results of the
// function types in it unnamed (func(a any, b any) bool is func(any,
// any) bool): spelled in a package-level declaration, yaegi v0.16.1 took
// a parameter's name for the package-level variable of that name ("var
// eq func(a any, b any) bool" next to a variable a: "variable definition
// loop"). Named types are left as they are (spelled by name).
func namelessParams(t types.Type) types.Type {
	switch u := t.(type) {
	case *types.Pointer, *types.Slice, *types.Array, *types.Map, *types.Chan:
		r, _ := rebuildElems(t, namelessParams)
		return r
	case *types.Signature:
		if u.TypeParams().Len() > 0 || u.Recv() != nil {
			return t
		}
		params, pc := namelessTuple(u.Params())
		results, rc := namelessTuple(u.Results())
		if pc || rc {
			return types.NewSignatureType(nil, nil, nil, params, results, u.Variadic())
		}
	}
	return t
}

// namelessTuple returns the variables of tup unnamed, their types
// through namelessParams, and whether that changed anything.
func namelessTuple(tup *types.Tuple) (*types.Tuple, bool) {
	if tup == nil {
		return nil, false
	}
	changed := false
	vars := make([]*types.Var, tup.Len())
	for i := range tup.Len() {
		v := tup.At(i)
		vt := namelessParams(v.Type())
		if v.Name() != "" || vt != v.Type() {
			changed = true
		}
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), "", vt)
	}
	return types.NewTuple(vars...), changed
}

// copyExists reports whether kernel/cell/mono's copy named name is
// declared: by an earlier cell (the model's declarations when it was
// seeded from a log, else the copies committed with earlier cells), or
// by this one (its uses replaced).
func (lw *lowerer) copyExists(name string) bool {
	if lw.pkg != nil && lw.pkg.Scope().Lookup(name) != nil || lw.copies[name] {
		return true
	}
	for _, n := range lw.mono {
		if n == name {
			return true
		}
	}
	return false
}

// spellCopies spells, in s (t spelled), the instances of generic types
// the cells declare as the copies kernel/cell/mono makes of them, which
// the cells' own uses of them were replaced by (lowerer.mono): yaegi's
// instance of the generic declaration is another type, whose methods may
// call generic standard-library code the interpreter does not have. So
// are the standard library's (unique.Handle[string], atomic.Pointer[T]),
// which yaegi does not have at all: a statement's variable of such a
// type, declared ahead where the statements run in a function, was
// "undefined selector sync/atomic.Pointer", or a nil dereference.
func (lw *lowerer) spellCopies(t types.Type, s string, qual types.Qualifier) string {
	type sub struct{ from, to string }
	var subs []sub
	mono.EachNamed(t, func(n *types.Named) {
		// the notebook's generic types, and those of third-party
		// packages instantiated with the cells' types
		if n.TypeArgs().Len() > 0 {
			to := specializer().CopyName(n, "main")
			if to == "" {
				to = specializer().StdCopyName(n, "main")
			}
			if to != "" && lw.copyExists(to) {
				subs = append(subs, sub{types.TypeString(n, qual), to})
			}
		}
	})
	// the outermost instances first: their spelling holds the inner ones'
	for _, sb := range subs {
		s = strings.ReplaceAll(s, sb.from, sb.to)
	}
	return s
}

// results spells the results of sig after a parameter list: "", " T" or
// " (T1, T2)", each type spelled by spell.
func results(sig *types.Signature, spell func(types.Type) string) string {
	var rs []string
	for v := range sig.Results().Variables() {
		rs = append(rs, spell(v.Type()))
	}
	switch len(rs) {
	case 0:
		return ""
	case 1:
		return " " + rs[0]
	}
	return " (" + strings.Join(rs, ", ") + ")"
}

// hiddenImport begins the names the lowering imports packages under
// where a cell has not imported them (gofuturesimp_reflect).
const hiddenImport = "gofuturesimp_"

// hiddenAlias is the name the lowering imports the package of path under.
func hiddenAlias(path string) string {
	return hiddenImport + strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(path)
}

func (lw *lowerer) extraImport(alias, path string) {
	if lw.extra == nil {
		lw.extra = map[string]string{}
	}
	lw.extra[alias] = path
}

func (lw *lowerer) takeImports() []Import {
	var out []Import
	for a, p := range lw.extra {
		out = append(out, Import{Name: a, Path: p})
	}
	lw.extra = nil
	return out
}
