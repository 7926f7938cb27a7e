package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell/mono"
)

// earlierCopy is a copy of an instance of a notebook's generic type that
// a committed cell made (kernel/cell/mono's mainꞏRangeꞏint, in the
// cell's Result.Generated). The Checker keeps no declaration of it, so a
// later cell's package lacks it: its lowering finds the instance (the
// generic type instantiated in that package) from expr, which spells
// the instance (Range[int]) with the packages other than main named by
// the aliases of pkgs.
type earlierCopy struct {
	expr string
	pkgs map[string]*types.Package
}

// instanceCopies returns, by the names of g's copies of instances of the
// notebook's generic types, how a later cell finds the instances
// (earlierCopy). Instances of types declared in functions, or with such
// type arguments, are left out.
func (g *generated) instanceCopies() map[string]earlierCopy {
	out := map[string]earlierCopy{}
	for _, d := range g.decls {
		name, ok := strings.CutPrefix(d.Generic, "main.")
		if !ok || len(d.TypeArgs) == 0 {
			continue
		}
		pkgs := map[string]*types.Package{}
		local := false
		qual := func(p *types.Package) string {
			if p.Path() == "main" {
				return ""
			}
			a := hiddenAlias(p.Path())
			pkgs[a] = p
			return a
		}
		args := make([]string, len(d.TypeArgs))
		for i, t := range d.TypeArgs {
			mono.EachNamed(t, func(n *types.Named) {
				if o := n.Obj(); o.Pkg() != nil && o.Parent() != o.Pkg().Scope() {
					local = true
				}
			})
			args[i] = types.TypeString(t, qual)
		}
		if !local {
			out[d.Name] = earlierCopy{expr: name + "[" + strings.Join(args, ", ") + "]", pkgs: pkgs}
		}
	}
	return out
}

// earlierInstances returns the instances of the notebook's generic types
// whose copies earlier cells made (lowerer.earlier) and the cell's
// package does not declare, instantiated in that package, by the copies'
// names; made once per lowering. An instance that no longer resolves
// (its generic type redeclared with other type parameters) is left out.
func (lw *lowerer) earlierInstances() []types.Type {
	if lw.earlierInsts == nil {
		out := evalEarlier(lw.pkg, lw.earlier, lw.copies)
		lw.earlierInsts = &out
	}
	return *lw.earlierInsts
}

// evalEarlier returns the instances, in pkg, of the copies earlier lists
// that the interpreter has (copies) and pkg does not declare, in the
// order of their names.
func evalEarlier(pkg *types.Package, earlier map[string]earlierCopy, copies map[string]bool) []types.Type {
	var out []types.Type
	var p *types.Package // the cell's package's objects and the aliases
	for _, name := range slices.Sorted(maps.Keys(earlier)) {
		if pkg.Scope().Lookup(name) != nil || !copies[name] {
			continue // the package declares it, or the interpreter lacks it
		}
		if p == nil {
			// evaluated in a package of its own, made once: the
			// aliases (hiddenAlias, one a path) of every copy's
			// packages beside the cell's package's objects
			p = types.NewPackage(pkg.Path(), pkg.Name())
			for _, n := range pkg.Scope().Names() {
				p.Scope().Insert(pkg.Scope().Lookup(n))
			}
			for _, ec := range earlier {
				for a, ip := range ec.pkgs {
					if p.Scope().Lookup(a) == nil {
						p.Scope().Insert(types.NewPkgName(token.NoPos, p, a, ip))
					}
				}
			}
		}
		ec := earlier[name]
		tv, err := types.Eval(token.NewFileSet(), p, token.NoPos, ec.expr)
		if err != nil || !tv.IsType() {
			continue
		}
		if n, ok := tv.Type.(*types.Named); ok && specializer().CopyName(n, "main") == name {
			out = append(out, n)
		}
	}
	return out
}

// heldEarlier returns the instances of the notebook's generic types that
// earlier cells made copies of (evalEarlier) whose generic types files
// declare a method of: values the notebook holds where no variable's
// type names the instance (var a any = Box[int]{1}) get the method too,
// as mono copies these instances anew with the cell (mono.Cell.Held).
func (c *Checker) heldEarlier(pkg *types.Package, info *types.Info, files []*ast.File) []types.Type {
	if len(c.earlier) == 0 {
		return nil
	}
	gets := map[*types.TypeName]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			t := fn.Signature().Recv().Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 {
				gets[n.Origin().Obj()] = true
			}
		}
	}
	if len(gets) == 0 {
		return nil
	}
	var out []types.Type
	for _, t := range evalEarlier(pkg, c.earlier, c.copies) {
		if gets[t.(*types.Named).Origin().Obj()] {
			out = append(out, t)
		}
	}
	return out
}

// cellInstances returns the instances of the notebook's generic types
// (declared at package level) with types of no type parameter that the
// check's code has values of (a NewRing[Reading]'s *Ring[Reading]),
// once per lowering. The cell's package declares mono's copies of those
// the cell makes, whose methods name other copies (iterꞏSeqꞏReading):
// an instance of a generic interface (a Container[Reading] in an
// assertion) is implemented by the instance, not by the copy.
func (lw *lowerer) cellInstances() []types.Type {
	if lw.cellInsts != nil {
		return *lw.cellInsts
	}
	out := []types.Type{}
	lw.cellInsts = &out
	seen := map[types.Type]bool{}
	add := func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		mono.EachNamed(t, func(n *types.Named) {
			o := n.Origin().Obj()
			if n.TypeArgs().Len() == 0 || o.Pkg() == nil || o.Pkg().Path() != "main" || o.Parent() != o.Pkg().Scope() {
				return
			}
			if _, iface := n.Underlying().(*types.Interface); iface || mentionsTypeParam(n) {
				return
			}
			local := false
			for a := range n.TypeArgs().Types() {
				mono.EachNamed(a, func(m *types.Named) {
					if mo := m.Obj(); mo.Pkg() != nil && mo.Parent() != mo.Pkg().Scope() {
						local = true // declared in a function
					}
				})
			}
			if !local && !slices.ContainsFunc(out, func(t types.Type) bool { return types.Identical(t, n) }) {
				out = append(out, n)
			}
		})
	}
	for _, tv := range lw.info.Types {
		add(tv.Type)
	}
	slices.SortFunc(out, func(a, b types.Type) int { return strings.Compare(a.String(), b.String()) })
	return out
}
