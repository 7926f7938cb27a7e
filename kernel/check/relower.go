package check

import (
	"go/types"
	"regexp"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Some of the lowering depends on the notebook's set of types, not only on
// the declaration lowered: a value of an interface type handed to fmt is
// described with the notebook's types that it may hold (fmtCands), an
// assertion to an interface tries the notebook's types that implement it
// (asserter). A function declared before those types (a helper
// `func show(v any)` in the first cell, the types in the next) was
// lowered without them: it printed a Money held in its "any" as <nil>,
// and its assertion x.(Shape) crashed the interpreter.
//
// So when a cell declares types or methods, the notebook's functions whose
// lowering looked at the set of types are lowered again, against the
// notebook with the cell's types; those whose lowered source changed go
// to the interpreter again with the cell (Result.Relowered), as a
// redefinition of the function (the session re-declares its callers);
// a method with a hook, lowered so, gets its new body through the hook
// (methodhook.go).

// declaresTypes reports whether decls declare a type or a method.
func declaresTypes(decls []*cell.Decl) bool {
	for _, d := range decls {
		if d.Kind == cell.Type || d.Kind == cell.Method {
			return true
		}
	}
	return false
}

// typeSetDependents returns the earlier declarations (not replaced by
// decls, not broken) to lower again when the cell declares types, or
// when force is set: the functions whose lowering looked at the set of
// types, or whose lowering is not known (seeded from a session's log).
func (c *Checker) typeSetDependents(decls []*cell.Decl, broken map[*cell.Decl]*Error, force bool) []*entry {
	if !force && !declaresTypes(decls) {
		return nil
	}
	var out []*entry
	for _, e := range c.decls {
		d := e.decl
		method := d.Kind == cell.Method && hooked(e.lowered()) // (methodhook.go)
		if d.Kind != cell.Func && !method || len(d.Names) != 1 || generatedName(d.Names[0]) || e.file == nil || e.typeSet < 0 {
			continue
		}
		if d.Names[0] == "init" {
			continue // it ran with its cell; declared again, it would run again
		}
		if c.compiled[d.Names[0]] || c.wrappers[d.Names[0]] || replaced(d, decls) || broken[d] != nil {
			continue
		}
		out = append(out, e)
	}
	return out
}

// redeclaredDependents returns the earlier functions and methods (not
// replaced by decls, not broken, not in already) that use a constant or
// a generic function decls declare again (or a method of a generic
// type), to lower again with the cell
// (a method lowered again is declared anew by a fresh interpreter, as
// the session's redefinition of a constant a method uses does). Their
// lowering wrote in the values of constant expressions (n * (1 + rate)
// is n * 1.1, consts.go), and called the copies of the generic
// function's instances that their cells made (mainꞏTwiceꞏfloat64):
// evaluated again as they were, they kept the old value, the old body.
// Lowered again, the copies they call are made again from the new one.
func (c *Checker) redeclaredDependents(decls []*cell.Decl, broken map[*cell.Decl]*Error, already []*entry, pkg *types.Package) []*entry {
	names := map[string]bool{}
	for _, d := range decls {
		for _, n := range d.Names {
			switch d.Kind {
			case cell.Const:
				names[n] = true
			case cell.Func:
				if f, ok := pkg.Scope().Lookup(n).(*types.Func); ok && f.Signature().TypeParams().Len() > 0 {
					names[n] = true
				}
			case cell.Method:
				// a method of a generic type: the copies of its instances
				recv, _, _ := strings.Cut(n, ".")
				if tn, ok := pkg.Scope().Lookup(recv).(*types.TypeName); ok {
					if nt, ok := tn.Type().(*types.Named); ok && nt.TypeParams().Len() > 0 {
						names[recv] = true
					}
				}
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	var out []*entry
	for _, e := range c.decls {
		d := e.decl
		if d.Kind != cell.Func && d.Kind != cell.Method || len(d.Names) != 1 || generatedName(d.Names[0]) || e.file == nil || d.Names[0] == "init" {
			continue
		}
		if c.compiled[d.Names[0]] || c.wrappers[d.Names[0]] || replaced(d, decls) || broken[d] != nil || slices.Contains(already, e) {
			continue
		}
		if slices.ContainsFunc(d.Refs, func(r string) bool { return names[r] }) {
			out = append(out, e)
		}
	}
	return out
}

// freshNames matches the names lw.fresh makes, which differ from one
// lowering of a declaration to the next, and the names made of them
// (gofuturesB7p0, a box's parameter; gofuturesV12T).
var freshNames = regexp.MustCompile(`\bgofutures(A|B|C|D|Defers|E|Exit|H|I|Init|K|L|N|P|Panic|R|Recv|Ret|S|Stack|State|U|V|W|X|Y|Ys|Z)\d+([A-Za-z]\w*)?\b`)

// SameLowering reports whether a and b, two lowerings of one declaration
// (a method's, in a cell run again), are the same but for the fresh
// local names the lowering made (gofuturesB12, gofuturesX3), and name no
// hidden variable of the notebook (gofuturesH7), which is the cell's
// own: the interpreter keeping the one it has runs as the other would.
func SameLowering(a, b string) bool {
	if a == b {
		return true
	}
	if hiddenVarName.MatchString(a) || hiddenVarName.MatchString(b) {
		return false
	}
	return sameLowering(a, b)
}

// hiddenVarName matches the names of hiddenVar's variables.
var hiddenVarName = regexp.MustCompile(`\bgofuturesH\d+\b`)

// sameLowering reports whether two lowerings of one declaration are the
// same but for fresh names.
func sameLowering(a, b string) bool {
	if a == b {
		return true
	}
	return freshNames.ReplaceAllString(a, "gofutures$1$2") == freshNames.ReplaceAllString(b, "gofutures$1$2")
}

// relowered is an earlier declaration lowered again in a check: what the
// commit records of it.
type relowered struct {
	e       *entry
	src     string // the lowered source
	typeSet bool
}

// relower lowers the entries again (their files were checked and
// specialised with the cell), puts those whose lowering changed in
// r.Relowered, and returns what it lowered and the imports they need.
func (lw *lowerer) relower(entries []*entry, r *Result) (out []relowered, imports []Import) {
	for _, e := range entries {
		d := *e.decl
		d.Src, d.Orig = e.decl.Source(), ""
		l := lw.lowerDecl(&d, e.file, len(e.prefix))
		out = append(out, relowered{e: e, src: l.Src, typeSet: l.typeSet})
		if sameLowering(l.Src, e.lowered()) {
			continue
		}
		nd := d
		nd.Src, nd.Sites, nd.Lits, nd.Mark, nd.ExitMark, nd.Calls = l.Src, l.Sites, l.Lits, l.Mark, l.ExitMark, l.Calls
		if l.Changed() {
			nd.Orig = d.Src
		}
		nd.Refs = lw.typeRefs(l.Src, d.Refs)
		if d.Kind == cell.Method {
			nd.Hook = hookAssignment(l.Src, l.hook)
		}
		r.Relowered = append(r.Relowered, &nd)
		imports = append(imports, l.Imports...)
	}
	return out, imports
}

// lowered returns the entry's declaration as it was lowered last.
func (e *entry) lowered() string {
	if e.lastLowered != "" {
		return e.lastLowered
	}
	return e.decl.Src // seeded from the log: lowered there
}

// identifier matches Go identifiers, to find the notebook types a lowered
// source names.
var identifier = regexp.MustCompile(`[\p{L}_][\p{L}\p{Nd}_]*`)

// typeRefs returns refs with the notebook's types that src names and refs
// lacks (a relowered function names the types it asserts to: the log's
// order must put it after them).
func (lw *lowerer) typeRefs(src string, refs []string) []string {
	out := slices.Clone(refs)
	seen := map[string]bool{}
	for _, n := range refs {
		seen[n] = true
	}
	for _, id := range identifier.FindAllString(src, -1) {
		if seen[id] || generatedName(id) {
			continue
		}
		seen[id] = true
		if _, ok := lw.pkg.Scope().Lookup(id).(*types.TypeName); ok {
			out = append(out, id)
		}
	}
	return out
}

// noteLowered records, after a commit, how the cell's declarations and
// the earlier ones lowered again were lowered.
func (c *Checker) noteLowered(decls []*cell.Decl, lowered []*Lowered, again []relowered) {
	set := func(e *entry, src string, typeSet bool) {
		e.lastLowered, e.typeSet = src, -1
		if typeSet {
			e.typeSet = 1
		}
	}
	for _, e := range c.decls {
		for i, d := range decls {
			if e.decl == d && i < len(lowered) {
				set(e, lowered[i].Src, lowered[i].typeSet)
			}
		}
		for _, a := range again {
			if a.e == e {
				set(e, a.src, a.typeSet)
			}
		}
	}
}
