package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"strings"
)

// Struct types made of themselves through a field that is not a pointer
// to them. yaegi v0.16.1 builds the reflect type of a struct made of
// itself (type Game struct{ cmds map[string]func(*Game) bool }) with a
// placeholder, unsafe2.dummy, for each reference to a struct it is still
// building, and afterwards puts the struct in its place only in a field
// whose reflect type ends with the reference (next *Game, kids []*Node,
// by []func() *Node) or is a function type. In the others, a map keyed
// by *Game, a map or slice of functions taking one, the placeholder
// stays: the field's type is not the type of the values a cell makes
// (reflect.Set: "value of type map[*struct {...}]bool is not assignable
// to type map[*unsafe2.dummy]bool"), and the interpreter's *Game, built
// with it, is not the type of the cells' pointers either ("reflect: Call
// using *struct {...} as type *unsafe2.dummy").
//
// The lowering declares such a field interface{} (boxedFields), so that
// yaegi builds the struct without reaching itself there, and the value
// the field holds has the type Go gives it. A read of the field takes
// the value out, through a function declared with the struct,
//
//	func gofuturesUnbox1a2b(v interface{}) map[string]func(*Game) bool { if v == nil { var z map[string]func(*Game) bool; return z }; return v.(map[string]func(*Game) bool) }
//
// (g.cmds[k] is gofuturesUnbox1a2b(g.cmds)[k]: a map or a slice shares
// what it holds, so writing through the value read writes the field's);
// a write of a value of another type (of a named map type, of a
// bidirectional channel) converts it to the field's type first, and one
// of a comparable type (a channel, a pointer) goes through a function
// that leaves the zero value out (boxer), as == compares the fields. What
// needs the field addressable (&g.cmds, a method of a pointer receiver
// called on it, a range assigning it) is refused. fmt's printing of the
// struct takes the value out of the box too (rt.Node.FieldZeros).
//
// A field of an array type is read as a copy: a statement that writes
// an element, vm.ops[i] = f, becomes { gofuturesA1 := unbox(vm.ops);
// gofuturesA1[i] = f; vm.ops = gofuturesA1 } (selfRefArrayWrite). A
// struct type's field (not shared either) is left as it is.

// boxedFields returns, for the struct type st, which fields the lowering
// declares interface{}; nil when none (or when st is no struct type a
// package-level declaration of the notebook declares: a local one, kept
// as it is; a generic one's instances are boxed in their copies).
func (lw *lowerer) boxedFields(st *types.Struct) []bool {
	if st == nil {
		return nil
	}
	if b, ok := lw.boxed[st]; ok {
		return b
	}
	var b []bool
	if lw.declaredAtTop(st) || lw.declaredInFunc(st) {
		b = selfRefFields(st)
	}
	if lw.boxed == nil {
		lw.boxed = map[*types.Struct][]bool{}
	}
	lw.boxed[st] = b
	return b
}

// copyType returns, for an instance of a notebook's generic type
// (Bus[string]), the type of kernel/cell/mono's copy of it, which the
// lowered code names (mainꞏBusꞏstring) and whose fields are boxed as a
// declared struct's; t for another type.
func (lw *lowerer) copyType(t types.Type) types.Type {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || !isCellNamed(n) || lw.pkg == nil {
		return t
	}
	if tn, ok := lw.pkg.Scope().Lookup(specializer().CopyName(n, "main")).(*types.TypeName); ok {
		return tn.Type()
	}
	return t
}

// declaredInFunc reports whether a named type the cell declares in a
// function has st for its underlying type.
func (lw *lowerer) declaredInFunc(st *types.Struct) bool {
	if lw.pkg == nil || lw.pkg.Path() != "main" {
		return false
	}
	for id, obj := range lw.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || tn.Parent() == lw.pkg.Scope() || tn.Parent() == nil {
			continue
		}
		if tn.Type().Underlying() == st && id.Name == tn.Name() {
			return true
		}
	}
	return false
}

// declaredAtTop reports whether a package-level, non-generic named type
// of the notebook (a copy of an instance of a generic one too) has st for
// its underlying type.
func (lw *lowerer) declaredAtTop(st *types.Struct) bool {
	if lw.pkg == nil || lw.pkg.Path() != "main" {
		return false
	}
	scope := lw.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 && n.Underlying() == st {
			return true
		}
	}
	return false
}

// selfRefFields returns which fields of st hold a reference to a struct
// type that reaches st (st itself, or another made of it) where yaegi
// leaves its placeholder: not at the end of the field's type, in a field
// not of a function type; nil when none does. Embedded fields, and
// fields of struct types, are left out.
func selfRefFields(st *types.Struct) []bool {
	var out []bool
	found := false
	for i := range st.NumFields() {
		f := st.Field(i)
		boxed := false
		if !f.Embedded() && f.Name() != "_" {
			switch u := f.Type().Underlying().(type) {
			case *types.Map, *types.Slice, *types.Pointer, *types.Chan, *types.Array:
				boxed = refersTo(u, st) && !endsWith(f.Type(), st, nil)
			}
		}
		out = append(out, boxed)
		found = found || boxed
	}
	if !found {
		return nil
	}
	return out
}

// inCycle reports whether t is a named struct type of the notebook's
// package whose struct reaches st: a struct yaegi may still be building
// when it builds a field of st.
func inCycle(t *types.Named, st *types.Struct) bool {
	if _, ok := t.Underlying().(*types.Struct); !ok || !isCellNamed(t) {
		return false
	}
	return reachesStruct(t.Underlying(), st, map[*types.Named]bool{})
}

// reachesStruct reports whether t is st or reaches it through the
// notebook's types (not through interfaces, nor function types the
// lowering boxes, recfuncs.go).
func reachesStruct(t types.Type, st *types.Struct, seen map[*types.Named]bool) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if t.Underlying() == st {
			return true
		}
		if seen[t] || !isCellNamed(t) || recursiveFunc(t) != nil {
			return false
		}
		seen[t] = true
		return reachesStruct(t.Underlying(), st, seen)
	case *types.Struct:
		if t == st {
			return true
		}
		for i := range t.NumFields() {
			if reachesStruct(t.Field(i).Type(), st, seen) {
				return true
			}
		}
	case *types.Pointer:
		return reachesStruct(t.Elem(), st, seen)
	case *types.Slice:
		return reachesStruct(t.Elem(), st, seen)
	case *types.Array:
		return reachesStruct(t.Elem(), st, seen)
	case *types.Chan:
		return reachesStruct(t.Elem(), st, seen)
	case *types.Map:
		return reachesStruct(t.Key(), st, seen) || reachesStruct(t.Elem(), st, seen)
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for v := range tup.Variables() {
				if reachesStruct(v.Type(), st, seen) {
					return true
				}
			}
		}
	}
	return false
}

// refersTo reports whether t, the type of a field of st, holds a named
// struct type in a cycle with st (inCycle): where yaegi puts its
// placeholder. Named struct types are not entered (yaegi completes each
// in place); other named types of the notebook are, as yaegi builds
// them as the types they stand for.
func refersTo(t types.Type, st *types.Struct) bool {
	seen := map[*types.Named]bool{}
	var refers func(t types.Type) bool
	refers = func(t types.Type) bool {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if _, ok := t.Underlying().(*types.Struct); ok {
				return inCycle(t, st)
			}
			if seen[t] || !isCellNamed(t) || recursiveFunc(t) != nil {
				return false
			}
			seen[t] = true
			return refers(t.Underlying())
		case *types.Struct:
			for i := range t.NumFields() {
				if refers(t.Field(i).Type()) {
					return true
				}
			}
		case *types.Pointer:
			return refers(t.Elem())
		case *types.Slice:
			return refers(t.Elem())
		case *types.Array:
			return refers(t.Elem())
		case *types.Chan:
			return refers(t.Elem())
		case *types.Map:
			return refers(t.Key()) || refers(t.Elem())
		case *types.Signature:
			for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
				for v := range tup.Variables() {
					if refers(v.Type()) {
						return true
					}
				}
			}
		}
		return false
	}
	return refers(t)
}

// endsWith reports whether the reflect type of t ends with a reference
// to a struct in a cycle with st (*Node, []*Node, map[string]*Node,
// func() *Node): yaegi completes such a field itself.
func endsWith(t types.Type, st *types.Struct, seen map[*types.Named]bool) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if _, ok := u.Underlying().(*types.Struct); ok {
			return inCycle(u, st)
		}
		if seen[u] || !isCellNamed(u) || recursiveFunc(u) != nil {
			return false
		}
		if seen == nil {
			seen = map[*types.Named]bool{}
		}
		seen[u] = true
		return endsWith(u.Underlying(), st, seen)
	case *types.Pointer:
		return endsWith(u.Elem(), st, seen)
	case *types.Slice:
		return endsWith(u.Elem(), st, seen)
	case *types.Array:
		return endsWith(u.Elem(), st, seen)
	case *types.Chan:
		return endsWith(u.Elem(), st, seen)
	case *types.Map:
		return endsWith(u.Elem(), st, seen)
	case *types.Signature:
		return u.Results().Len() == 1 && endsWith(u.Results().At(0).Type(), st, seen)
	}
	return false
}

// unboxer names the function that takes a value of type t out of the
// interface{} of a boxed field: one for each type, named after its
// spelling with package paths, so that every cell names it alike.
func unboxer(t types.Type) string {
	h := fnv.New64a()
	h.Write([]byte(types.TypeString(t, nil)))
	return fmt.Sprintf("gofuturesUnbox%x", h.Sum64())
}

// boxer names the function that puts a value of a comparable type t in
// the interface{} of a boxed field: nil for t's zero value, as the zero
// value of the struct holds, so that structs compare as in Go.
func boxer(t types.Type) string {
	return strings.Replace(unboxer(t), "Unbox", "Box", 1)
}

// selfRefDecl declares ts's boxed fields interface{} (their type
// expressions, in boxedTypes, are replaced when the walk gets to them)
// and the functions that take their values out, after gd.
func (lw *lowerer) selfRefDecl(ts *ast.TypeSpec) {
	sx, ok := ts.Type.(*ast.StructType)
	if !ok || ts.Assign.IsValid() || ts.TypeParams != nil || sx.Fields == nil {
		return
	}
	st, ok := lw.declaredStruct(ts)
	if !ok {
		return
	}
	boxed := lw.boxedFields(st)
	if boxed == nil {
		return
	}
	// a type declared in a function gets its functions as variables
	// beside it, in its scope (declared anew by each such declaration)
	local := false
	for j := len(lw.stack) - 1; j > 0; j-- {
		if gd, ok := lw.stack[j].(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			_, local = lw.stack[j-1].(*ast.DeclStmt)
			break
		}
	}
	declared := lw.unboxers
	if local {
		declared = map[string]bool{}
	}
	var decls []string
	i := 0
	for _, f := range sx.Fields.List {
		n := max(len(f.Names), 1)
		if i < len(boxed) && boxed[i] {
			if lw.boxedTypes == nil {
				lw.boxedTypes = map[ast.Node]bool{}
			}
			lw.boxedTypes[f.Type] = true
			ft := st.Field(i).Type()
			name, t := unboxer(ft), lw.typ(ft)
			if !declared[name] {
				if declared == nil {
					lw.unboxers = map[string]bool{}
					declared = lw.unboxers
				}
				declared[name] = true
				decls = append(decls, fmt.Sprintf(funcDecl(local, "%[1]s", "(v interface{}) %[2]s { if v == nil { var z %[2]s; return z }; return v.(%[2]s) }"), name, t))
				if types.Comparable(ft) {
					decls = append(decls, fmt.Sprintf(funcDecl(local, "%[1]s", "(v %[2]s) interface{} { var z %[2]s; if v == z { return nil }; return v }"), boxer(ft), t))
				}
			}
		}
		i += n
	}
	if len(decls) == 0 {
		return
	}
	for j := len(lw.stack) - 1; j >= 0; j-- {
		if gd, ok := lw.stack[j].(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			lw.insertClose(gd.End(), "; "+strings.Join(decls, "; "))
			return
		}
	}
}

// funcDecl declares the function name of signature and body rest: a
// variable holding a function literal in a function's body (local).
func funcDecl(local bool, name, rest string) string {
	if local {
		return "var " + name + " = func" + rest
	}
	return "func " + name + rest
}
