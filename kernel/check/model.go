package check

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
)

// replaced reports whether the committed declaration d is replaced by one
// of decls (a name in the same space) or by a new notebook variable.
func replaced(d *cell.Decl, decls []*cell.Decl) bool {
	for _, nd := range decls {
		if nd.Kind.SameSpace(d.Kind) && overlaps(nd.Names, d.Names) {
			return true
		}
	}
	return false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && x != "_" {
				return true
			}
		}
	}
	return false
}

// freshName matches the names the lowering makes (see lowerer.fresh).
var freshName = regexp.MustCompile(`\bgofutures[A-Za-z]*(\d+)\b`)

// counterPast moves the counter of fresh names past those in log, so
// that a restored notebook's next cells make none it has.
func (c *Checker) counterPast(log []*cell.Decl) {
	for _, d := range log {
		for _, m := range freshName.FindAllStringSubmatch(d.Src, -1) {
			if n, err := strconv.Atoi(m[1]); err == nil && n > c.counter {
				c.counter = n
			}
		}
	}
}

// blankImports returns the paths decls import for their side effects.
func blankImports(decls []*cell.Decl) []string {
	var out []string
	for _, d := range decls {
		if d.Kind == cell.Import && d.ImportName == "_" {
			out = append(out, d.ImportPath)
		}
	}
	return out
}

// addImportDecls records where imports were written (Checker.importAt).
func (c *Checker) addImportDecls(decls []*cell.Decl) {
	for _, d := range decls {
		if c.importAt == nil {
			c.importAt = map[string]*cell.Decl{}
		}
		c.importAt[d.ImportName] = d
	}
}

// addBlank records blank imports (see Notebook).
func (c *Checker) addBlank(paths []string) {
	for _, p := range paths {
		if c.blank == nil {
			c.blank = map[string]bool{}
		}
		c.blank[p] = true
	}
}

// commit records a cell that compiled (and ran).
func (c *Checker) commit(decls []*cell.Decl, imports map[string]string, vars []*nbVar, broken map[*cell.Decl]*Error, badVars map[*nbVar]bool) {
	c.imports = imports
	var kept []*entry
	stmtNames := map[string]bool{}
	for _, v := range vars {
		stmtNames[v.name] = true
	}
	for _, e := range c.decls {
		if replaced(e.decl, decls) || broken[e.decl] != nil {
			continue
		}
		if e.decl.Kind != cell.Method && overlaps(e.decl.Names, keys(stmtNames)) {
			continue // a statement's := redefined the name
		}
		kept = append(kept, e)
	}
	for _, d := range decls {
		kept = append(kept, &entry{decl: d})
		if d.Kind != cell.Method {
			for _, n := range d.Names {
				delete(c.compiled, n) // declared anew, in an interpreted cell
				delete(c.wrappers, n)
			}
		}
	}
	for n := range stmtNames {
		delete(c.compiled, n)
		delete(c.wrappers, n)
	}
	c.decls = kept
	declNames := map[string]bool{}
	for _, d := range decls {
		if d.Kind != cell.Method {
			for _, n := range d.Names {
				declNames[n] = true
			}
		}
	}
	var vs []*nbVar
	for _, v := range c.vars {
		if badVars[v] || declNames[v.name] || stmtNames[v.name] {
			continue
		}
		vs = append(vs, v)
	}
	c.vars = append(vs, vars...)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Decls returns the declarations of the notebook's model, in an order
// that resolves when they are evaluated one by one: each after those it
// refers to, as far as references go one way.
func (c *Checker) Decls() []*cell.Decl {
	out := make([]*cell.Decl, len(c.decls))
	for i, e := range c.decls {
		out[i] = e.decl
	}
	return Order(out)
}

// Disable makes every later cell Unchecked: call it when a cell the
// checker could not see (Result.Unchecked) ran, since the model no longer
// knows the notebook.
func (c *Checker) Disable() { c.off = true }

// Seed puts declarations into the model without checking them: the log of
// a session being restored (their Source, as the user wrote them).
// Imports under the kernel's reserved names are left out, but the
// lowering's hidden imports of standard packages (gofuturesimp_reflect),
// which generated declarations of the log use.
func (c *Checker) Seed(log []*cell.Decl) {
	c.addBlank(blankImports(log))
	c.counterPast(log)
	for _, d := range log {
		if d.Kind == cell.Import {
			if (!strings.HasPrefix(d.ImportName, "gofutures") || strings.HasPrefix(d.ImportName, hiddenImport)) && !(d.ImportPath == toolchain.CompiledPackage && d.ImportName == ".") {
				c.imports[d.ImportName] = d.ImportPath
				c.addImportDecls([]*cell.Decl{d})
			}
			continue
		}
		if d.Kind == cell.Func && len(d.Names) == 1 && strings.HasPrefix(d.Names[0], FmtDeclPrefix) {
			continue // the lowering's (makeFmtTable), not the notebook's
		}
		c.noteCopyName(d)
		var kept []*entry
		for _, e := range c.decls {
			if !replaced(e.decl, []*cell.Decl{d}) {
				kept = append(kept, e)
			}
		}
		c.decls = append(kept, &entry{decl: d})
	}
}

// Vars returns the notebook variables and their types (Go source).
func (c *Checker) Vars() map[string]string {
	out := map[string]string{}
	for _, v := range c.vars {
		out[v.name] = v.typ
	}
	return out
}

// Forget drops notebook variables (their values were lost: a restored
// interpreter, a rebuild), so that cells using them are errors.
func (c *Checker) Forget(names ...string) {
	drop := map[string]bool{}
	for _, n := range names {
		drop[n] = true
	}
	var vs []*nbVar
	for _, v := range c.vars {
		if !drop[v.name] {
			vs = append(vs, v)
		}
	}
	c.vars = vs
}

// SeedVars puts notebook variables into the model without checking them:
// those a restore brought back, with their types as Go source in the
// notebook's import names. A variable of the model with one of those
// names is replaced.
func (c *Checker) SeedVars(vars map[string]string) {
	var vs []*nbVar
	for _, v := range c.vars {
		if _, ok := vars[v.name]; !ok {
			vs = append(vs, v)
		}
	}
	names := make([]string, 0, len(vars))
	for n := range vars {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		vs = append(vs, &nbVar{name: n, typ: vars[n], imports: map[string]string{}})
	}
	c.vars = vs
}

// noteCopyName records what Go calls the instance of a generic type that
// d, a copy of it, stands for (cell.Decl.GoName).
func (c *Checker) noteCopyName(d *cell.Decl) {
	if d.GoName == "" || len(d.Names) != 1 {
		return
	}
	if c.copyNames == nil {
		c.copyNames = map[string]string{}
	}
	c.copyNames[d.Names[0]] = d.GoName
}
