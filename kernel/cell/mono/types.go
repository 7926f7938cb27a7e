package mono

import (
	"fmt"
	"go/types"
	"hash/fnv"
	"strconv"
	"strings"
	"unicode"
)

// canonical spells t with full package paths, the same in every universe
// of types (the cell's and this package's own type-checks).
func canonical(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Path() })
}

func typeParams(obj types.Object) *types.TypeParamList {
	switch o := obj.(type) {
	case *types.Func:
		return o.Type().(*types.Signature).TypeParams()
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok {
			return n.TypeParams()
		}
	}
	return nil
}

// prefix is the first part of the names generated for pkg's objects: its
// name, made unique among the packages this Specializer has seen.
func (s *Specializer) prefix(pkg *types.Package) string {
	name := pkg.Name()
	if last := pkg.Path()[strings.LastIndex(pkg.Path(), "/")+1:]; last != name && isMajor(last) {
		name += last // math/rand/v2 -> randv2
	}
	if p, ok := s.prefixes[name]; ok && p != pkg.Path() {
		name = strings.NewReplacer("/", "_", ".", "_").Replace(pkg.Path())
	}
	s.prefixes[name] = pkg.Path()
	return name
}

func isMajor(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

// mangle makes the identifier of pkg.name instantiated with targs:
// pkgꞏNameꞏArg... A type argument that its constraint's core type
// determines from the others (S in Sort[S ~[]E, E]) is left out. An
// argument that is not a plain identifier is spelled with its
// non-identifier runes as _, and then the name ends with a hash of all
// arguments, so that different instantiations never share a name.
func (s *Specializer) mangle(pkg *types.Package, name string, targs []types.Type, tps *types.TypeParamList, cell string) string {
	out := s.prefix(pkg) + Sep + name
	if len(targs) == 0 {
		return out
	}
	// one name for one type however it is spelled (Pair[string, int] or
	// Named[int] of an alias Named[V any] = Pair[string, V]; byte or uint8)
	targs = append([]types.Type(nil), targs...)
	for i, t := range targs {
		targs[i] = Unalias(t, true)
	}
	canon := make([]string, len(targs))
	for i, t := range targs {
		canon[i] = canonical(t)
	}
	lossy := false
	for i, t := range targs {
		if tps != nil && tps.Len() == len(targs) && derived(tps, i, targs, canon) {
			continue
		}
		r := types.TypeString(t, func(p *types.Package) string {
			if p.Path() == cell {
				return ""
			}
			return p.Name()
		})
		m := identify(r)
		if m != r {
			lossy = true
		}
		out += Sep + m
	}
	if lossy {
		h := fnv.New32a()
		h.Write([]byte(strings.Join(canon, ";")))
		out += Sep + fmt.Sprintf("%08x", h.Sum32())[:6]
	}
	return out
}

// identify turns a type's spelling into identifier runes: each run of
// others becomes one _. Sep counts as other.
func identify(s string) string {
	var b strings.Builder
	under := false
	for _, r := range s {
		if (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') && string(r) != Sep {
			b.WriteRune(r)
			under = false
			continue
		}
		if !under && b.Len() > 0 {
			b.WriteByte('_')
		}
		under = true
	}
	return strings.TrimSuffix(b.String(), "_")
}

// derived reports whether targs[i] is the core type of its constraint
// with the other arguments substituted.
func derived(tps *types.TypeParamList, i int, targs []types.Type, canon []string) bool {
	iface, ok := tps.At(i).Constraint().Underlying().(*types.Interface)
	if !ok || iface.NumEmbeddeds() != 1 {
		return false
	}
	u, ok := iface.EmbeddedType(0).(*types.Union)
	if !ok || u.Len() != 1 {
		return false
	}
	env := map[*types.TypeParam]types.Type{}
	for j := 0; j < tps.Len(); j++ {
		env[tps.At(j)] = targs[j]
	}
	core := subst(u.Term(0).Type(), env)
	if mentions(core, tps.At(i)) {
		return false
	}
	return canonical(core) == canon[i]
}

func mentions(t types.Type, tp *types.TypeParam) bool {
	found := false
	walkNamed(t, nil, func(p *types.TypeParam) { found = found || p == tp })
	return found
}

// EachNamed calls f for every named type in t, in its type arguments
// too, each before those in its type arguments.
func EachNamed(t types.Type, f func(*types.Named)) { walkNamed(t, f, nil) }

// walkNamed calls named for every named type in t (and in its type
// arguments) and param for every type parameter.
func walkNamed(t types.Type, named func(*types.Named), param func(*types.TypeParam)) {
	seen := map[types.Type]bool{}
	var walk func(types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if named != nil {
				named(t)
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Alias:
			walk(types.Unalias(t))
		case *types.TypeParam:
			if param != nil {
				param(t)
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Signature:
			walk(t.Params())
			walk(t.Results())
		case *types.Tuple:
			for i := 0; i < t.Len(); i++ {
				walk(t.At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumExplicitMethods(); i++ {
				walk(t.ExplicitMethod(i).Type())
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				walk(t.EmbeddedType(i))
			}
		case *types.Union:
			for i := 0; i < t.Len(); i++ {
				walk(t.Term(i).Type())
			}
		}
	}
	walk(t)
}

// subst replaces the type parameters of t found in env.
func subst(t types.Type, env map[*types.TypeParam]types.Type) types.Type {
	switch t := t.(type) {
	case *types.TypeParam:
		if r, ok := env[t]; ok {
			return r
		}
		return t
	case *types.Alias:
		if t.TypeArgs().Len() == 0 && !mentionsAny(t, env) {
			return t
		}
		return subst(types.Unalias(t), env)
	case *types.Named:
		if t.TypeArgs().Len() == 0 {
			return t
		}
		args := make([]types.Type, t.TypeArgs().Len())
		for i := range args {
			args[i] = subst(t.TypeArgs().At(i), env)
		}
		inst, err := types.Instantiate(nil, t.Origin(), args, false)
		if err != nil {
			panic(fmt.Sprintf("mono: instantiate %s: %v", t, err)) // validate=false cannot fail
		}
		return inst
	case *types.Pointer:
		return types.NewPointer(subst(t.Elem(), env))
	case *types.Slice:
		return types.NewSlice(subst(t.Elem(), env))
	case *types.Array:
		return types.NewArray(subst(t.Elem(), env), t.Len())
	case *types.Chan:
		return types.NewChan(t.Dir(), subst(t.Elem(), env))
	case *types.Map:
		return types.NewMap(subst(t.Key(), env), subst(t.Elem(), env))
	case *types.Tuple:
		if t == nil {
			return t
		}
		vs := make([]*types.Var, t.Len())
		for i := range vs {
			v := t.At(i)
			vs[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), subst(v.Type(), env))
		}
		return types.NewTuple(vs...)
	case *types.Signature:
		return types.NewSignatureType(nil, nil, nil, subst(t.Params(), env).(*types.Tuple), subst(t.Results(), env).(*types.Tuple), t.Variadic())
	case *types.Struct:
		fs := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fs {
			f := t.Field(i)
			fs[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), subst(f.Type(), env), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fs, tags)
	case *types.Interface:
		ms := make([]*types.Func, t.NumExplicitMethods())
		for i := range ms {
			m := t.ExplicitMethod(i)
			ms[i] = types.NewFunc(m.Pos(), m.Pkg(), m.Name(), subst(m.Type(), env).(*types.Signature))
		}
		es := make([]types.Type, t.NumEmbeddeds())
		for i := range es {
			es[i] = subst(t.EmbeddedType(i), env)
		}
		return types.NewInterfaceType(ms, es).Complete()
	case *types.Union:
		ts := make([]*types.Term, t.Len())
		for i := range ts {
			ts[i] = types.NewTerm(t.Term(i).Tilde(), subst(t.Term(i).Type(), env))
		}
		return types.NewUnion(ts)
	}
	return t
}

func mentionsAny(t types.Type, env map[*types.TypeParam]types.Type) bool {
	found := false
	walkNamed(t, nil, func(p *types.TypeParam) { _, ok := env[p]; found = found || ok })
	return found
}

// CopyName returns the name of the copy Specialize makes of t, an
// instance of a generic type that the package cell declares
// (mainꞏPairꞏstringꞏint for Pair[string, int]), or "" when t is none or
// this Specializer does not copy the cell's generics.
//
// t may also be an instance of a generic type of a third-party package
// (Options.Module) that the caller does not compile (Options.Compiled):
// its copy's name (loꞏTuple2ꞏPersonꞏint).
func (s *Specializer) CopyName(t *types.Named, cell string) string {
	obj := t.Origin().Obj()
	if t.TypeArgs().Len() == 0 || obj.Pkg() == nil {
		return ""
	}
	targs := make([]types.Type, 0, t.TypeArgs().Len())
	for a := range t.TypeArgs().Types() {
		targs = append(targs, a)
	}
	third := s.thirdParty(obj.Pkg())
	switch {
	case third && s.compiled != nil && s.compiled(obj, targs):
		return ""
	case !third && (!s.allCell || obj.Pkg().Path() != cell):
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mangle(obj.Pkg(), obj.Name(), targs, typeParams(obj), cell)
}

// StdCopyName returns the name of the copy Specialize makes of t, an
// instance of a generic type of the standard library, for a cell of the
// package cell (uniqueꞏHandleꞏstring for unique.Handle[string],
// atomicꞏPointerꞏConfig for atomic.Pointer[Config]): yaegi v0.16.1 has
// none of them, so a cell's uses of them are always copies. It returns
// "" when t is none.
func (s *Specializer) StdCopyName(t *types.Named, cell string) string {
	obj := t.Origin().Obj()
	if t.TypeArgs().Len() == 0 || obj.Pkg() == nil || obj.Pkg().Path() == cell || s.thirdParty(obj.Pkg()) {
		return ""
	}
	targs := make([]types.Type, 0, t.TypeArgs().Len())
	for a := range t.TypeArgs().Types() {
		targs = append(targs, a)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mangle(obj.Pkg(), obj.Name(), targs, typeParams(obj), cell)
}
