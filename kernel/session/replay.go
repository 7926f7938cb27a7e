package session

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/snapshot"
)

// A fresh interpreter that restores a notebook (after a crash, or for a
// type's redefinition) replays the declarations' log, then sets the
// variables from their snapshots. What declarations did when they first
// ran is not done again where its results come back anyway: a
// variable's initializer (var data = load()) is not run when every
// variable it sets has a snapshot, and an init function is not run when
// every variable it mentions came back. Both printed again, and a slow
// initializer (a file read, a model trained) ran again at every
// redefinition of a type. Where a value does not come back (a channel,
// an unreadable snapshot), its initializer or init runs, after the
// others are restored, as a program started again would run it; the
// values restored that an init also sets are kept.
type heldBack struct {
	vars  []*cell.Decl // declared by their types only
	inits []*cell.Decl // not evaluated yet
}

// holdBack takes out of rest the declarations a restore need not run:
// var declarations with initializers whose every variable has a
// snapshot (latest) of a known type, which it declares by type only and
// records, and, when values are kept at all, init functions.
func (s *Session) holdBack(rest []*cell.Decl, types map[string]string, latest map[string]int) (kept []*cell.Decl, h heldBack) {
	if !s.opts.KeepValues {
		return rest, h // nothing comes back: everything runs again
	}
	b := s.binding()
	for _, d := range rest {
		switch {
		case d.Kind == cell.Func && len(d.Names) == 1 && d.Names[0] == "init":
			h.inits = append(h.inits, d)
			continue
		case d.Kind == cell.Var && len(d.Names) > 0 && initialized(d):
			all := !slices.ContainsFunc(d.Names, func(n string) bool {
				_, ok := latest[n]
				return !ok || types[n] == "" || n == "_"
			})
			if all && declareAll(b, d.Names, types) {
				s.record(d)
				h.vars = append(h.vars, d)
				continue
			}
		}
		kept = append(kept, d)
	}
	return kept, h
}

// declareAll declares names with their snapshots' types; false when one
// fails (the declaration is then evaluated as written, declaring them
// again).
func declareAll(b *snapshot.Interp, names []string, types map[string]string) bool {
	for _, n := range names {
		if _, err := b.Declare(n, types[n]); err != nil {
			return false
		}
	}
	return true
}

// varSpecs parses the value specs of a var declaration's source; nil when
// it is not one.
func varSpecs(src string) (specs []*ast.ValueSpec, file string) {
	file = "package p;" + src
	f, err := parser.ParseFile(token.NewFileSet(), "", file, parser.SkipObjectResolution)
	if err != nil {
		return nil, ""
	}
	for _, decl := range f.Decls {
		if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, sp := range g.Specs {
				specs = append(specs, sp.(*ast.ValueSpec))
			}
		}
	}
	return specs, file
}

// initialized reports whether the var declaration d has an initializer.
func initialized(d *cell.Decl) bool {
	specs, _ := varSpecs(d.Src)
	return slices.ContainsFunc(specs, func(sp *ast.ValueSpec) bool { return len(sp.Values) > 0 })
}

// initializerFor is an assignment that runs d's initializers for the
// variables of missing only ("_, jobs = 5, make(chan int)"); "" when
// none of d's variables is missing.
func initializerFor(d *cell.Decl, missing map[string]bool) string {
	specs, file := varSpecs(d.Src)
	var out []string
	for _, sp := range specs {
		if len(sp.Values) == 0 {
			continue
		}
		lhs := make([]string, len(sp.Names))
		some := false
		for i, n := range sp.Names {
			lhs[i] = "_"
			if missing[n.Name] {
				lhs[i], some = n.Name, true
			}
		}
		if !some {
			continue
		}
		rhs := file[sp.Values[0].Pos()-1 : sp.Values[len(sp.Values)-1].End()-1]
		out = append(out, strings.Join(lhs, ", ")+" = "+rhs)
	}
	return strings.Join(out, "\n")
}

// runHeldBack runs, once the snapshots are decoded (restored names the
// variables that came back, but those gone), the initializers of held
// variables that did not come back and the inits that mention one; it
// returns what failed, as lost values, and says, of the variables gone,
// what made each again.
func (s *Session) runHeldBack(h heldBack, restored []string, gone, logVars map[string]bool) (lost []string, remade map[string]string) {
	remade = map[string]string{}
	back := map[string]bool{}
	for _, n := range restored {
		back[n] = !gone[n]
	}
	for _, d := range h.vars {
		missing := map[string]bool{}
		for _, n := range d.Names {
			if !back[n] {
				missing[n] = true
			}
		}
		if len(missing) == 0 {
			continue
		}
		if src := initializerFor(d, missing); src != "" {
			if _, err := s.in.EvalWithContext(context.Background(), src); err != nil {
				lost = append(lost, fmt.Sprintf("%s: its initializer failed: %v", strings.Join(slices.Sorted(maps.Keys(missing)), ", "), err))
				continue
			}
			for n := range missing {
				remade[n] = fmt.Sprintf("made again by its initializer (cell %d)", d.Cell)
			}
		}
	}
	for _, d := range h.inits {
		var mentioned []string
		rerun := false
		for _, r := range d.Refs {
			if _, known := back[r]; logVars[r] || known {
				mentioned = append(mentioned, r)
				rerun = rerun || !back[r]
			}
		}
		if !rerun {
			s.record(d) // (it ran before: what it set came back)
			continue
		}
		kept := s.keepValues(mentioned, back)
		if err := s.evalDecl(context.Background(), d); err != nil {
			lost = append(lost, fmt.Sprintf("init (cell %d): it failed: %v", d.Cell, err))
		} else {
			s.record(d)
			for _, n := range mentioned {
				if gone[n] {
					remade[n] = fmt.Sprintf("set again by init (cell %d)", d.Cell)
				}
			}
		}
		kept()
	}
	return lost, remade
}

// keepValues copies the values of the variables of names that came back
// (back) and returns a function that sets them again.
func (s *Session) keepValues(names []string, back map[string]bool) func() {
	globals := snapshot.Globals(s.binding().In)
	type saved struct{ v, old reflect.Value }
	var keep []saved
	for _, n := range names {
		if v, ok := globals[n]; ok && back[n] && v.CanSet() {
			old := reflect.New(v.Type()).Elem()
			old.Set(v)
			keep = append(keep, saved{v, old})
		}
	}
	return func() {
		for _, k := range keep {
			k.v.Set(k.old)
		}
	}
}
