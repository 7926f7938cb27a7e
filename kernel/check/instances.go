package check

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// yaegi v0.16.1 cannot instantiate the generic functions and types of
// compiled packages (third-party packages and %%compile cells), and yaegi's
// extract leaves them out of the export tables. A program built for the
// notebook (see kernel/build) compiles the instantiations cells use into
// the package toolchain.InstancesPackage, each under
// toolchain.InstanceName. The checker knows every instantiation of a cell,
// explicit or inferred (types.Info.Instances): the lowering replaces each
// use, lo.Map(xs, f) or lo.Map[int, string], by
// gfinstances.Map__int_string__<hash>, and spells an instantiated type
// (lo.Tuple2[int, string], the type of a variable set from a constructor)
// by its alias there. The instantiations the running program lacks are
// Result.Instances: the cell must not run, and runs once a program with
// them is built.

// compiledInstances collects the instantiations of compiled generics in
// one check.
type compiledInstances struct {
	imp      *Importer
	wrappers map[string]bool     // main's wrappers of %%compile generic functions (Checker.wrappers)
	repl     map[ast.Node]string // cell expressions -> gfinstances.<name>
	copied   map[ast.Node]string // cell expressions replaced by mono's copies (generated.repl)
	missing  []toolchain.Instance
	used     bool // the lowering refers to the instances' package
}

// compiledGeneric reports whether obj is a generic function or type of a
// compiled package of the program (not the standard library's, whose
// generics package mono specialises, nor gofutures' own).
func (ci *compiledInstances) compiledGeneric(obj types.Object) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	switch o := obj.(type) {
	case *types.Func:
		if sig, ok := o.Type().(*types.Signature); !ok || sig.Recv() != nil || sig.TypeParams().Len() == 0 {
			return false
		}
	case *types.TypeName:
		n, ok := o.Type().(*types.Named)
		if !ok || n.TypeParams().Len() == 0 {
			return false
		}
	default:
		return false
	}
	p := obj.Pkg().Path()
	if p == "main" && ci.wrapped(obj) {
		return true
	}
	if p == "main" || p == toolchain.InstancesPackage || p == Module || strings.HasPrefix(p, Module+"/") || ci.imp.IsStd(p) {
		return false
	}
	return ci.imp.linked(p)
}

// wrapped reports whether obj is the model's wrapper of a %%compile
// cell's generic function (see toolchain.CheckerSource): a use
// instantiates the compiled function.
func (ci *compiledInstances) wrapped(obj types.Object) bool {
	f, ok := obj.(*types.Func)
	return ok && ci.wrappers[f.Name()] && f.Pkg() != nil && f.Pkg().Path() == "main" && f.Parent() == f.Pkg().Scope()
}

// wrappedType returns the instance that e, an instantiation of the
// model's alias of a %%compile cell's generic type (Stack[int]), stands
// for; ok is false for other expressions.
func (ci *compiledInstances) wrappedType(e ast.Expr, info *types.Info) (name string, ok bool, err error) {
	var x ast.Expr
	switch ix := e.(type) {
	case *ast.IndexExpr:
		x = ix.X
	case *ast.IndexListExpr:
		x = ix.X
	default:
		return "", false, nil
	}
	id, isID := ast.Unparen(x).(*ast.Ident)
	if !isID {
		return "", false, nil
	}
	tn, _ := info.Uses[id].(*types.TypeName)
	if !ci.wrappedTypeName(tn) {
		return "", false, nil
	}
	return ci.wrappedInstance(info.Types[e].Type)
}

// wrappedTypeName reports whether tn is the model's alias of a %%compile
// cell's generic type (type Stack[T any] = cells.Stack[T], in main).
func (ci *compiledInstances) wrappedTypeName(tn *types.TypeName) bool {
	return tn != nil && ci.wrappers[tn.Name()] && tn.Pkg() != nil && tn.Pkg().Path() == "main"
}

// wrappedInstance returns the instance that t, an instance of such an
// alias (Stack[int]), stands for; ok is false when t instantiates none.
func (ci *compiledInstances) wrappedInstance(t types.Type) (name string, ok bool, err error) {
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || n.TypeArgs().Len() == 0 {
		return "", false, nil
	}
	name, err = ci.instance(n.Origin().Obj(), n.TypeArgs())
	return name, true, err
}

// find records the uses of compiled generics in the cell's files: each
// selector pkg.F (or F, dot-imported), with its index expression when
// the type arguments are written out.
func (ci *compiledInstances) find(fset *token.FileSet, files []*ast.File, info *types.Info, pos func(token.Pos) (int, int)) Errors {
	var errs Errors
	for _, f := range files {
		if f == nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			e, ok := n.(ast.Expr)
			if !ok || len(errs) > 0 {
				return len(errs) == 0
			}
			if _, ok := ci.copied[n]; ok {
				return false // a copy made for a cell's type (mono)
			}
			fail := func(err error) bool {
				line, col := pos(e.Pos())
				errs = append(errs, &Error{Line: line, Col: col, Msg: fmt.Sprintf("%s: %v", exprString(fset, e), err)})
				return false
			}
			if name, ok, err := ci.wrappedType(e, info); ok || err != nil {
				if err != nil {
					return fail(err)
				}
				ci.repl[e] = name
				return false
			}
			id := ci.genericRef(e, info)
			if id == nil {
				return true
			}
			inst := info.Instances[id]
			name, err := ci.instance(info.Uses[id], inst.TypeArgs)
			if err != nil {
				return fail(err)
			}
			ci.repl[e] = name
			return false
		})
	}
	return errs
}

// genericRef returns the identifier of the compiled generic e refers to
// and instantiates (pkg.F, F, pkg.F[...], F[...]), or nil.
func (ci *compiledInstances) genericRef(e ast.Expr, info *types.Info) *ast.Ident {
	x := e
	switch ix := e.(type) {
	case *ast.IndexExpr:
		x = ix.X
	case *ast.IndexListExpr:
		x = ix.X
	}
	var id *ast.Ident
	switch x := ast.Unparen(x).(type) {
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		if !ok {
			return nil
		}
		if _, ok := info.Uses[pkg].(*types.PkgName); !ok {
			return nil
		}
		id = x.Sel
	case *ast.Ident:
		id = x
	default:
		return nil
	}
	if _, ok := info.Instances[id]; !ok || !ci.compiledGeneric(info.Uses[id]) {
		return nil
	}
	if _, isIdx := e.(*ast.IndexExpr); !isIdx {
		if _, isList := e.(*ast.IndexListExpr); !isList && x != e {
			return nil
		}
	}
	return id
}

// instance returns the expression naming the instantiation of obj with
// args in the instances' package, and notes it as missing when the
// program does not have it.
func (ci *compiledInstances) instance(obj types.Object, args *types.TypeList) (string, error) {
	in := toolchain.Instance{Path: obj.Pkg().Path(), Name: obj.Name(), Imports: map[string]string{}}
	if ci.wrapped(obj) {
		in.Path = toolchain.CompiledPackage // the wrapper's function
	}
	if in.Path == toolchain.CompiledPackage && !token.IsExported(in.Name) {
		in.Name = toolchain.CheckerPrefix + in.Name // its exported stand-in in the cells' package
	}
	_, in.Type = obj.(*types.TypeName)
	for i := range args.Len() {
		a, err := instanceArg(args.At(i), in.Imports)
		if err != nil {
			return "", err
		}
		in.TypeArgs = append(in.TypeArgs, a)
	}
	name := toolchain.InstanceName(in.Name, in.TypeArgs)
	ci.used = true
	if !ci.imp.programHas(name) && !slices.ContainsFunc(ci.missing, func(m toolchain.Instance) bool {
		return m.Path == in.Path && m.Name == in.Name && slices.Equal(m.TypeArgs, in.TypeArgs)
	}) {
		ci.missing = append(ci.missing, in)
	}
	return toolchain.InstancesName + "." + name, nil
}

// instanceArg spells a type argument as the instances' package writes it,
// adding the packages it names to imports (name -> path): types of
// %%compile cells as cells.T, others by their package's name.
func instanceArg(t types.Type, imports map[string]string) (string, error) {
	aliases := map[string]types.Type{}
	if err := compilable(t, map[types.Type]bool{}, aliases); err != nil {
		return "", err
	}
	var clash error
	qual := func(p *types.Package) string {
		name := p.Name()
		switch p.Path() {
		case "main":
			return name // an alias, replaced below
		case toolchain.CompiledPackage:
			name = "cells"
		}
		if old, ok := imports[name]; ok && old != p.Path() && clash == nil {
			clash = fmt.Errorf("type arguments name two packages %s (%s and %s): a compiled instantiation cannot tell them apart", name, old, p.Path())
		}
		imports[name] = p.Path()
		return name
	}
	s := types.TypeString(t, qual)
	// the aliases' types may name aliases in turn: a few rounds
	for round := 0; strings.Contains(s, "main.") && round < 10; round++ {
		for name, at := range aliases {
			s = regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`).ReplaceAllLiteralString(s, types.TypeString(at, qual))
		}
	}
	return s, clash
}

// compilable reports why t cannot be written in the instances' package:
// it names a type declared in a cell (the interpreter's, not the
// program's), an unexported type or field, or a type parameter. An alias
// declared in a cell (as the checker sees the types of %%compile cells:
// type Pair = gfcells.Pair) stands for the type it names: aliases gets
// it, by the name TypeString writes ("main.Pair").
func compilable(t types.Type, seen map[types.Type]bool, aliases map[string]types.Type) error {
	if seen[t] {
		return nil
	}
	seen[t] = true
	named := func(obj *types.TypeName) error {
		switch {
		case obj.Pkg() == nil:
			return nil // error, comparable
		case obj.Pkg().Path() == "main":
			return fmt.Errorf("type %s is declared in a cell: a compiled instantiation can use predeclared types and types of packages and %%%%compile cells (declare %s in a %%%%compile cell)", obj.Name(), obj.Name())
		case !obj.Exported() || obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope():
			return fmt.Errorf("type %s.%s cannot be named outside its package", obj.Pkg().Name(), obj.Name())
		}
		return nil
	}
	switch t := t.(type) {
	case *types.Basic:
		return nil
	case *types.TypeParam:
		return fmt.Errorf("type parameter %s: a compiled instantiation needs concrete type arguments", t.Obj().Name())
	case *types.Alias:
		if obj := t.Obj(); obj.Pkg() != nil && obj.Pkg().Path() == "main" && t.TypeArgs().Len() == 0 {
			aliases["main."+obj.Name()] = types.Unalias(t)
		} else if err := named(t.Obj()); err != nil {
			return err
		}
		return compilable(types.Unalias(t), seen, aliases)
	case *types.Named:
		if err := named(t.Obj()); err != nil {
			return err
		}
		for i := range t.TypeArgs().Len() {
			if err := compilable(t.TypeArgs().At(i), seen, aliases); err != nil {
				return err
			}
		}
		return nil
	case *types.Pointer:
		return compilable(t.Elem(), seen, aliases)
	case *types.Slice:
		return compilable(t.Elem(), seen, aliases)
	case *types.Array:
		return compilable(t.Elem(), seen, aliases)
	case *types.Chan:
		return compilable(t.Elem(), seen, aliases)
	case *types.Map:
		if err := compilable(t.Key(), seen, aliases); err != nil {
			return err
		}
		return compilable(t.Elem(), seen, aliases)
	case *types.Signature:
		if err := compilable(t.Params(), seen, aliases); err != nil {
			return err
		}
		return compilable(t.Results(), seen, aliases)
	case *types.Tuple:
		for i := range t.Len() {
			if err := compilable(t.At(i).Type(), seen, aliases); err != nil {
				return err
			}
		}
		return nil
	case *types.Struct:
		for i := range t.NumFields() {
			f := t.Field(i)
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() == "main" {
				return fmt.Errorf("struct field %s is unexported in a cell: a compiled instantiation cannot declare the same type", f.Name())
			}
			if err := compilable(f.Type(), seen, aliases); err != nil {
				return err
			}
		}
		return nil
	case *types.Interface:
		for i := range t.NumExplicitMethods() {
			m := t.ExplicitMethod(i)
			if !m.Exported() && m.Pkg() != nil && m.Pkg().Path() == "main" {
				return fmt.Errorf("interface method %s is unexported in a cell: a compiled instantiation cannot declare the same type", m.Name())
			}
			if err := compilable(m.Type(), seen, aliases); err != nil {
				return err
			}
		}
		for i := range t.NumEmbeddeds() {
			if err := compilable(t.EmbeddedType(i), seen, aliases); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("type %s", t)
}

// spell rewrites s, the type t as qual spells it, so that each
// instantiated compiled generic type in it is named by its alias in the
// instances' package (yaegi cannot instantiate it); it returns s as it is
// when t has none or one of them cannot be compiled.
func (ci *compiledInstances) spell(t types.Type, s string, qual types.Qualifier) string {
	if ci == nil {
		return s
	}
	type sub struct{ from, to string }
	var subs []sub
	var walk func(t types.Type, seen map[types.Type]bool) bool
	walk = func(t types.Type, seen map[types.Type]bool) bool {
		if seen[t] {
			return true
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Alias:
			// the model's alias of a %%compile cell's generic type
			// (Stack[int], type Stack[T any] = cells.Stack[T])
			if t.TypeArgs().Len() > 0 && ci.wrappedTypeName(t.Origin().Obj()) {
				to, ok, err := ci.wrappedInstance(t)
				if err != nil {
					return false
				}
				if ok {
					subs = append(subs, sub{types.TypeString(t, qual), to})
				}
				for i := range t.TypeArgs().Len() {
					if !walk(t.TypeArgs().At(i), seen) {
						return false
					}
				}
				return true
			}
			return walk(types.Unalias(t), seen)
		case *types.Named:
			if t.TypeArgs().Len() > 0 && ci.compiledGeneric(t.Origin().Obj()) {
				to, err := ci.instance(t.Origin().Obj(), t.TypeArgs())
				if err != nil {
					return false
				}
				subs = append(subs, sub{types.TypeString(t, qual), to})
			}
			for i := range t.TypeArgs().Len() {
				if !walk(t.TypeArgs().At(i), seen) {
					return false
				}
			}
		case *types.Pointer:
			return walk(t.Elem(), seen)
		case *types.Slice:
			return walk(t.Elem(), seen)
		case *types.Array:
			return walk(t.Elem(), seen)
		case *types.Chan:
			return walk(t.Elem(), seen)
		case *types.Map:
			return walk(t.Key(), seen) && walk(t.Elem(), seen)
		case *types.Signature:
			return walk(t.Params(), seen) && walk(t.Results(), seen)
		case *types.Tuple:
			for i := range t.Len() {
				if !walk(t.At(i).Type(), seen) {
					return false
				}
			}
		case *types.Struct:
			for i := range t.NumFields() {
				if !walk(t.Field(i).Type(), seen) {
					return false
				}
			}
		}
		return true
	}
	if !walk(t, map[types.Type]bool{}) || len(subs) == 0 {
		return s
	}
	// the outermost first: an inner one's text is part of it
	sort.SliceStable(subs, func(i, j int) bool { return len(subs[i].from) > len(subs[j].from) })
	for _, r := range subs {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	return s
}

func exprString(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, fset, e); err != nil {
		return "the generic"
	}
	return b.String()
}

// replacement returns what the lowering writes for n, a use of a compiled
// generic, and imports the instances' package for it.
func (lw *lowerer) replacement(n ast.Node) (string, bool) {
	if lw.inst == nil || n == nil {
		return "", false
	}
	name, ok := lw.inst.repl[n]
	if ok {
		lw.extraImport(toolchain.InstancesName, toolchain.InstancesPackage)
	}
	return name, ok
}

// spellInstances is lw.inst.spell, importing the instances' package when
// it names one of them.
func (lw *lowerer) spellInstances(t types.Type, s string, qual types.Qualifier) string {
	if lw.inst == nil {
		return s
	}
	out := lw.inst.spell(t, s, qual)
	if out != s {
		lw.extraImport(toolchain.InstancesName, toolchain.InstancesPackage)
	}
	return out
}

// cellPos converts a position in the cell's declarations or statements
// file of a check to the cell's line and column.
func cellPos(fset *token.FileSet, prefix, stmtHead int) func(token.Pos) (int, int) {
	return func(p token.Pos) (int, int) {
		pos := fset.Position(p)
		l, col := pos.Line, pos.Column
		if l == 1 {
			if pos.Filename == declsFile {
				col -= prefix
			} else {
				col -= stmtHead
			}
		}
		return l, max(col, 1)
	}
}
