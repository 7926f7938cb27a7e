package check

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell/mono"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// lower lowers a cell that type-checked: its declarations, its
// statements, the copies of generic instances it uses and the earlier
// functions that must be lowered again with it. It is lowered once;
// again, with the notebook's earlier functions too, when the cell puts
// values of new composite types in interfaces (anycomp.go) or makes a
// copy of an instance of a generic type (a new type, as a declared one
// is: the functions that looked at the set of types are lowered again
// with it, printing a value of it through its String method). The
// Result's commit records the cell in the notebook.
func (run *checkRun) lower() (*Result, Errors) {
	c := run.c
	again := c.typeSetDependents(run.decls, run.broken, false)
	consts := c.redeclaredDependents(run.decls, run.broken, nil, run.pkg)
	withConsts := func(es []*entry) []*entry {
		for _, e := range consts {
			if !slices.Contains(es, e) {
				es = append(es, e)
			}
		}
		return es
	}
	comps := c.anyComps
	var (
		r       *Result
		again2  []relowered
		made    map[string]earlierCopy // the copies of instances (earliercopies.go)
		keys    map[string]string      // the copies' keys, by name
		newVars []*nbVar
	)
	forced := again != nil
	for pass := 0; ; pass++ {
		all := withConsts(again)
		specialised := []*ast.File{run.declFile, run.stmtFile}
		for _, e := range all {
			specialised = append(specialised, e.file)
		}
		gen, err := c.specialise(run.fset, run.files, specialised, c.sources(run.fset, run.prefix, run.stmtHead, run.p, run.decls), run.pkg, run.info)
		if err != nil {
			return nil, genError(err, len(run.stmtHead), len(run.prefix))
		}
		if !forced && gen.newTypes(c.copies) {
			forced = true
			if again = c.typeSetDependents(run.decls, run.broken, true); len(again) > 0 {
				pass--
				continue
			}
		}
		out, errs := run.lowerPass(gen, all, comps)
		if len(errs) > 0 {
			return nil, errs
		}
		if out.r.Instances != nil {
			return out.r, nil // compiled instances are missing
		}
		r, again2, newVars = out.r, out.relowered, out.newVars
		made, keys = nil, gen.keys()
		if gen != nil {
			made = gen.instanceCopies()
		}
		added, changed := out.lw.newAnyComps()
		if len(added) > 0 {
			comps = append(slices.Clone(comps), added...)
		}
		if pass == 0 && changed {
			again = c.typeSetDependents(run.decls, run.broken, true)
			continue
		}
		break
	}
	lowered := r.Decls
	r.commit = func() {
		c.commit(run.decls, run.imports, newVars, run.broken, run.badVars)
		for _, d := range r.Generated {
			for _, n := range d.Names {
				if c.copies == nil {
					c.copies = map[string]bool{}
				}
				c.copies[n] = true
			}
			c.noteCopyName(d)
		}
		if len(keys) > 0 && c.copyKeys == nil {
			c.copyKeys = map[string]string{}
		}
		maps.Copy(c.copyKeys, keys)
		if len(made) > 0 {
			c.earlier = maps.Clone(c.earlier)
			if c.earlier == nil {
				c.earlier = map[string]earlierCopy{}
			}
			maps.Copy(c.earlier, made)
		}
		c.noteLowered(run.decls, lowered, again2)
		c.anyComps = comps
	}
	return r, nil
}

// A passOut is what one pass of lower made.
type passOut struct {
	r         *Result
	lw        *lowerer
	relowered []relowered // the earlier declarations lowered again
	newVars   []*nbVar    // the variables the cell's statements declare
}

// lowerPass is one pass of lower, with gen's copies of generic instances
// (nil when the cell uses none) and again the earlier declarations
// lowered again. A Result with Instances asks for compiled instances;
// errors are the lowering's refusals.
func (run *checkRun) lowerPass(gen *generated, again []*entry, comps []string) (passOut, Errors) {
	c, p := run.c, run.p
	info, pkg := run.info, run.pkg
	if gen != nil {
		info, pkg = gen.info, gen.pkg
		gen.locate(run.fset, run.files, func(f *ast.File) int {
			if f == run.declFile {
				return p.Count
			}
			for _, e := range c.decls {
				if e.file == f {
					return e.decl.Cell
				}
			}
			return 0
		})
	}
	var ci *compiledInstances
	if c.imp.module != "" {
		ci = &compiledInstances{imp: c.imp, repl: map[ast.Node]string{}, wrappers: c.wrappers}
		if gen != nil {
			ci.copied = gen.repl
		}
		// the earlier declarations lowered again too: their uses of
		// compiled instantiations (the program has them) are replaced as
		// when they were first lowered
		found := []*ast.File{run.declFile, run.stmtFile}
		for _, e := range again {
			found = append(found, e.file)
		}
		if errs := ci.find(run.fset, found, info, cellPos(run.fset, len(run.prefix), len(run.stmtHead))); len(errs) > 0 {
			return passOut{}, errs
		}
	}
	r := &Result{Vars: map[string]string{}}
	for _, e := range c.decls {
		if b := run.broken[e.decl]; b != nil {
			r.Broken = append(r.Broken, Broken{Decl: e.decl, Err: b})
		}
	}
	lw := &lowerer{info: info, pkg: pkg, copies: c.copies, fset: run.fset, imports: run.imports, cfg: c.cfg, counter: &c.counter, compiled: c.compiled, inst: ci}
	lw.anyComps = comps
	lw.copyNames = c.copyNames
	lw.earlier = c.earlier
	if gen != nil {
		lw.mono = gen.repl
		lw.copyNames = gen.copyNames(c.copyNames)
	}
	lw.compiledBases = compiledBases(run.files, info)
	lw.reserveBases(run.declFile)
	lw.planInitOrder(run.declFile)
	for _, d := range run.decls {
		r.Decls = append(r.Decls, lw.lowerDecl(d, run.declFile, len(run.prefix)))
	}
	out := passOut{r: r, lw: lw}
	var relowImports []Import
	out.relowered, relowImports = lw.relower(again, r)
	if run.stmtFile != nil {
		out.newVars = run.lowerStmts(lw, r, info)
	}
	if gen != nil {
		r.Generated, r.GeneratedImports = gen.lower(lw)
	}
	if len(lw.fmtDecls) > 0 {
		r.Generated = append(r.Generated, lw.fmtDecls...)
		r.GeneratedImports = append(r.GeneratedImports, Import{Name: rtName, Path: rt.Path})
	}
	r.Generated = append(r.Generated, lw.gen...)
	r.GeneratedImports = append(r.GeneratedImports, relowImports...)
	if len(lw.hidden) > 0 {
		r.Prelude = strings.TrimPrefix(r.Prelude+"\n"+strings.Join(lw.hidden, "\n"), "\n")
	}
	if ci != nil && len(ci.missing) > 0 {
		out.r = &Result{Instances: ci.missing}
		return out, nil
	}
	if errs := refusedErrors(lw.refused, run.fset, run.lineCol); len(errs) > 0 {
		return passOut{}, errs
	}
	return out, nil
}

// lowerStmts lowers the cell's statements into r: the variables they
// declare (new ones, or of a new type, declared ahead when the
// statements run in a function) and the statements themselves. It
// returns the variables the statements declare.
func (run *checkRun) lowerStmts(lw *lowerer, r *Result, info *types.Info) []*nbVar {
	c := run.c
	body := run.stmtFile.Decls[len(run.stmtFile.Decls)-1].(*ast.FuncDecl).Body
	newVars := c.stmtVars(body, info, run.imports)
	simple := simpleStmts(body)
	sl := stmtsLowering{wrap: !simple, newVars: map[string]string{}, existing: c.valueNames()}
	old := c.Vars()
	for _, v := range newVars {
		r.Vars[v.name] = v.typ
		if !spellable(v.typ) {
			sl.wrap = false
		}
		if old[v.name] != v.typ {
			// (a variable an earlier cell declared with var, of the same
			// type, is set: a new one would not be the one its functions
			// use until they are evaluated again)
			t, typ := v.t, v.typ
			if u := mono.Unalias(t, false); u != t {
				// an instance of a generic alias (g := Grid[string]{}):
				// the type it stands for, as typ spells it (more.go)
				t, typ = u, types.TypeString(namelessParams(u), v.qual)
			}
			spelled := lw.spellCopies(t, lw.spellInstances(t, typ, v.qual), v.qual)
			if !lw.declaredVarOf(v.name, spelled) {
				sl.newVars[v.name] = anyAsInterface(spelled)
				sl.order = append(sl.order, v.name)
			}
		}
		for a, path := range v.imports {
			lw.extraImport(a, path)
		}
	}
	r.Stmts, r.Prelude = lw.lowerStmts(run.p.Stmts, body, len(run.stmtHead), sl)
	r.Wrapped, r.TopLevel = sl.wrap, simple
	r.Trailing = lw.trailing
	r.Redeclared = lw.redeclared
	return newVars
}
