package check

import (
	"go/ast"
	"go/token"
	"go/types"
)

// recursiveTypes returns, for each type the cell's declarations (f)
// define that is made of itself through function, slice, array, map,
// channel or pointer types only (type stateFn func(*lexer) stateFn),
// where it is and the error that refuses it: yaegi v0.16.1 builds a
// reflect type for every type a frame holds, and reflect builds none
// for such a type (reflect.FuncOf of a type not built yet: "reflect.Type
// is nil", or a stack overflow, and the interpreter's process dies).
// Through a struct or an interface the recursion is yaegi's to resolve,
// and it does; so it does through a function type the lowering boxes
// (recfuncs.go), which these are not.
func recursiveTypes(f *ast.File, info *types.Info) (pos []token.Pos, msgs []string) {
	eachDeclaredType(f, info, func(ts *ast.TypeSpec, obj *types.TypeName) {
		n, ok := obj.Type().(*types.Named)
		if !ok || !madeOfItself(n) {
			return
		}
		if _, isFunc := ast.Unparen(ts.Type).(*ast.FuncType); isFunc && recursiveFunc(n) != nil {
			return // boxed (recfuncs.go)
		}
		if !reachesAvoiding(n.Underlying(), n, func(o *types.Named) bool { return recursiveFunc(o) != nil }) {
			return // made of itself only through function types that are boxed
		}
		u := types.TypeString(n.Underlying(), types.RelativeTo(obj.Pkg()))
		pos = append(pos, ts.Name.Pos())
		msgs = append(msgs, "cannot use the type "+obj.Name()+" here: it is made of itself through function, slice, map, channel or pointer types ("+u+
			"), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type "+obj.Name()+" struct{ next "+u+" })")
	})
	return pos, msgs
}

// eachDeclaredType calls fn with each type spec of the top-level
// declarations of f (the cell's) that defines a type (not an alias),
// and the type's name.
func eachDeclaredType(f *ast.File, info *types.Info, fn func(*ast.TypeSpec, *types.TypeName)) {
	if f == nil {
		return
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			if obj, ok := info.Defs[ts.Name].(*types.TypeName); ok && !obj.IsAlias() {
				fn(ts, obj)
			}
		}
	}
}

// madeOfItself reports whether the underlying type of n, not a struct
// nor an interface, reaches n through types other than structs and
// interfaces (the notebook's named types followed to their underlying
// types).
func madeOfItself(n *types.Named) bool {
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	return reachesNamed(n.Underlying(), n)
}

// reachesNamed reports whether t is n or reaches n through types other
// than structs and interfaces (the notebook's named types followed to
// their underlying types).
func reachesNamed(t types.Type, n *types.Named) bool {
	return reachesAvoiding(t, n, nil)
}

// reachesAvoiding is reachesNamed, with the named types that stop
// reports true for left unfollowed.
func reachesAvoiding(t types.Type, n *types.Named, stop func(*types.Named) bool) bool {
	seen := map[*types.Named]bool{}
	var reaches func(t types.Type) bool
	reaches = func(t types.Type) bool {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			o := t.Origin()
			if o == n.Origin() {
				return true
			}
			if seen[o] || o.Obj().Pkg() == nil || o.Obj().Pkg() != n.Obj().Pkg() || stop != nil && stop(o) {
				return false
			}
			seen[o] = true
			return reaches(o.Underlying())
		case *types.Pointer:
			return reaches(t.Elem())
		case *types.Slice:
			return reaches(t.Elem())
		case *types.Array:
			return reaches(t.Elem())
		case *types.Map:
			return reaches(t.Key()) || reaches(t.Elem())
		case *types.Chan:
			return reaches(t.Elem())
		case *types.Signature:
			for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
				for i := range tup.Len() {
					if reaches(tup.At(i).Type()) {
						return true
					}
				}
			}
		}
		return false // structs, interfaces, basic types, type parameters
	}
	return reaches(t)
}
