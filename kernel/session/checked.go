package session

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// Every cell is type-checked (kernel/check) before anything runs: one that
// does not compile is refused with go build's messages and changes
// nothing. One that compiles runs lowered into what yaegi v0.16.1 runs as
// Go would: its imports (with the ones it used without importing), its
// declarations, the variables its statements declare, then the statements
// in a function literal. Where yaegi refuses what type-checked, the error
// says the fault is the interpreter's.

// checker returns the session's checker, made (and seeded with the log)
// on first use; nil when checking is off.
func (s *Session) checker() *check.Checker {
	if s.opts.NoCheck {
		return nil
	}
	if s.chk == nil {
		imp := s.opts.Importer
		if imp == nil {
			imp = check.NewImporter()
		}
		cfg := check.Config{Marker: lineName + ".At", MainMarker: lineName + ".Main", SiteMarker: markName, ExitMarker: exitMarkName, GoPanic: lineName + ".GoPanic", GoStart: lineName + ".GoStart"}
		if s.opts.RichValues {
			cfg.Render, cfg.RenderType = "gofuturesBundle", "gofuturesdisplay.Bundle"
			cfg.RenderText = "gofuturesBundleText"
			cfg.DisplayPkg = displayPath
		}
		if s.opts.NamedFuncs {
			cfg.Named = "gofuturesexecutor.Named"
			cfg.Tag, cfg.TagPkg = "gofuturesexecutor.Tag", executorPath
		}
		// copies of third-party generics call what these tables have
		check.UseSymbols(s.opts.Symbols...)
		s.chk = check.New(imp, cfg)
		s.chk.Seed(s.decls)
	}
	return s.chk
}

// checkError is the error of a cell that does not compile.
func checkError(err error, count int) *Error {
	var errs check.Errors
	if !errors.As(err, &errs) || len(errs) == 0 {
		return &Error{Name: "CompileError", Value: err.Error(), Cause: err,
			Traceback: []string{fmt.Sprintf("Cell In[%d]: %v", count, err)}}
	}
	e := &Error{Name: "CompileError", Value: errs[0].Msg, Cause: err}
	for _, ce := range errs {
		e.Traceback = append(e.Traceback, fmt.Sprintf("Cell In[%d], line %d, column %d: %s", count, ce.Line, ce.Col, ce.Msg))
	}
	if errs[0].Interp {
		return interpreterFault(e)
	}
	return e
}

// interpreterFault marks an error of yaegi's in a cell that type-checked.
func interpreterFault(e *Error) *Error {
	if e.Name == "CompileError" || e.Name == "ImportError" {
		e.Name = "InterpreterError"
		note := "the cell is valid Go, but the interpreter (yaegi v0.16.1) cannot run it: "
		e.Value = note + e.Value
		if n := len(e.Traceback); n > 0 {
			e.Traceback[n-1] = note + e.Traceback[n-1]
		}
	}
	return e
}

// executeChecked runs a cell that type-checked (r), lowered.
func (s *Session) executeChecked(ctx context.Context, p *cell.Parsed, r *check.Result, count int) (res Result, err error) {
	res.Notes = append(res.Notes, r.Notes...)
	if err := s.checkedImports(ctx, p, r, count); err != nil {
		return res, err
	}
	var decls, lowered []*cell.Decl
	for _, d := range p.Decls {
		if d.Kind != cell.Import {
			decls = append(decls, d)
		}
	}
	for i, d := range decls {
		ld := *d
		if l := r.Decls[i]; l.Changed() {
			ld.Src, ld.Orig = l.Src, d.Src
		}
		ld.Sites, ld.Lits, ld.Mark, ld.ExitMark, ld.Calls = r.Decls[i].Sites, r.Decls[i].Lits, r.Decls[i].Mark, r.Decls[i].ExitMark, r.Decls[i].Calls
		ld.FuncArgs = nil // wrapped by the lowering
		lowered = append(lowered, &ld)
	}
	// the specialised generic code the cell uses, and the earlier
	// functions lowered again for the cell's types, after the cell's own
	// declarations (which keep their places for error positions)
	lowered = append(lowered, s.newGenerated(r.Generated, count)...)
	lowered, declPos := aliasesLast(lowered, len(decls), r.Decls) // (aliasorder.go)
	relowered, hooks := s.splitHooks(r.Relowered)
	lowered = append(lowered, relowered...)
	// the variables the cell's statements declare that its declarations
	// use: before them, or in their evaluation (after them there, where
	// the interpreter resolves them in any order: a variable of a type
	// the cell declares, ids := []ID{1} beside type ID int, was undefined
	// before)
	early := func() error {
		if r.EarlyPrelude == "" {
			return nil
		}
		if _, err := s.in.EvalWithContext(ctx, r.EarlyPrelude); err != nil {
			return interpreterFault(s.evalError(err, count, "CompileError", posMap{}))
		}
		return nil
	}
	rebuild := len(lowered)+len(hooks) > 0 && (s.needsRebuild(lowered) || s.methodsSeeRedefined(lowered[:len(lowered)-len(relowered)]))
	if rebuild || len(lowered) == 0 {
		if err := early(); err != nil {
			return res, err
		}
	}
	if len(lowered)+len(hooks) > 0 {
		if rebuild {
			lowered = append(lowered, hooks...) // (declared anew by a fresh interpreter)
			hooks = nil
			before := make([]string, 0, len(s.state))
			for n := range s.state {
				before = append(before, n)
			}
			var broken []*cell.Decl
			for _, b := range r.Broken {
				broken = append(broken, b.Decl)
			}
			notes, kept, err := s.rebuildWith(ctx, lowered, broken)
			res.Notes = append(res.Notes, notes...)
			if err != nil {
				return res, interpreterFault(s.evalError(err, count, "CompileError", posMap{src: p.Stmts, prefix: declPrefix}))
			}
			var lost []string
			for _, n := range before {
				if !slices.Contains(kept, n) {
					lost = append(lost, n)
				}
			}
			s.chk.Forget(lost...) // their values are gone
		} else {
			// one evaluation, so that declarations may refer to each other:
			// each is the whole cell with the others blanked, the same
			// number of lines, one after the other
			srcs := make([]string, len(lowered))
			for i, d := range lowered {
				srcs[i] = d.Src
			}
			if r.EarlyPrelude != "" {
				srcs = append(srcs, r.EarlyPrelude)
			}
			if _, err := s.in.EvalWithContext(ctx, strings.Join(srcs, "\n")); err != nil {
				s.repairFailedDecls(lowered, count)
				lines := strings.Count(srcs[0], "\n") + 1
				return res, interpreterFault(s.evalError(err, count, "CompileError", posMap{prefix: declPrefix, decls: declPos, declLines: lines}))
			}
			s.nameCopies(ctx, lowered)
			redefined := s.redefinedNames(lowered)
			at := 0 // the lines before d's in what was evaluated
			for _, d := range lowered {
				s.recordAt(d, at)
				at += strings.Count(d.Src, "\n") + 1
			}
			if err := s.redeclareCallers(ctx, redefined, lowered); err != nil {
				res.Notes = append(res.Notes, err.Error())
			}
			res.Notes = append(res.Notes, s.runHooks(ctx, hooks)...)
		}
	}
	for _, b := range r.Broken {
		if generatedDecl(b.Decl) {
			// the lowering's: made again where a later cell needs it
			s.unrecord(b.Decl)
			continue
		}
		res.Notes = append(res.Notes, fmt.Sprintf("%s %s (cell %d) no longer compiles and was removed: line %d, column %d: %s",
			b.Decl.Kind, strings.Join(b.Decl.Names, ", "), b.Decl.Cell, b.Err.Line, b.Err.Col, b.Err.Msg))
		s.unrecord(b.Decl)
		s.unchain(b.Decl)
	}
	// The declarations are in: the model follows (whatever the statements
	// do), before process pools see the new declarations.
	r.Commit()
	s.notifyDecls()
	// the functions that use a variable the cell declares anew use it
	redeclared := map[string]bool{}
	for _, n := range r.Redeclared {
		if s.knownValue(n) {
			redeclared[n] = true
		}
	}
	rebind := func() {
		if err := s.redeclareCallers(ctx, redeclared, nil); err != nil {
			res.Notes = append(res.Notes, err.Error())
		}
	}
	if r.Prelude != "" {
		if _, err := s.in.EvalWithContext(ctx, r.Prelude); err != nil {
			return res, interpreterFault(s.evalError(err, count, "CompileError", posMap{}))
		}
	}
	rebind()
	if r.Stmts != nil {
		s.stmt.Store(0)
		s.running.Store(newStmtLits(r.Stmts, count))
		v, err := s.in.EvalWithContext(ctx, r.Stmts.Src)
		s.awaitGoPanics()
		names := make([]string, 0, len(r.Vars))
		for n := range r.Vars {
			names = append(names, n)
			s.state[n] = count
		}
		sort.Strings(names)
		if !r.Wrapped {
			rebind()
		}
		s.noteMembers(names, p.StmtTypes)
		s.poolAfterStatements(names)
		var e *Error
		if err != nil {
			e = s.stmtError(err, count, posMap{prefix: stmtPrefix, lowered: r.Stmts, unwrapped: !r.Wrapped})
		}
		s.keepStmtLits(newStmtLits(r.Stmts, count)) // (after: no longer the running cell's)
		s.running.Store(nil)
		if e != nil {
			return res, interpreterFault(e)
		}
		s.showTrailing(&res, r.Trailing, v)
	}
	if p.HasMain {
		_, err := s.in.EvalWithContext(ctx, cell.MainName+"()")
		s.awaitGoPanics()
		if err != nil {
			return res, s.evalError(err, count, "", posMap{})
		}
	}
	return res, nil
}

// checkedImports evaluates the imports a checked cell needs: its own, the
// ones the checker added, and the lowering's.
func (s *Session) checkedImports(ctx context.Context, p *cell.Parsed, r *check.Result, count int) error {
	var imports []*cell.Decl
	seen := map[string]bool{}
	add := func(d *cell.Decl) {
		if !seen[d.ImportName] {
			seen[d.ImportName] = true
			imports = append(imports, d)
		}
	}
	for _, d := range p.Decls {
		if d.Kind == cell.Import {
			add(d)
		}
	}
	var extra []check.Import
	extra = append(extra, r.AutoImports...)
	extra = append(extra, r.GeneratedImports...)
	for _, l := range r.Decls {
		extra = append(extra, l.Imports...)
	}
	if r.Stmts != nil {
		extra = append(extra, r.Stmts.Imports...)
	}
	for _, i := range extra {
		add(&cell.Decl{Kind: cell.Import, Names: []string{i.Name}, Src: i.Source(), Cell: count, ImportPath: i.Path, ImportName: i.Name})
	}
	for _, d := range imports {
		if err := s.evalDecl(ctx, d); err != nil {
			if strings.Contains(err.Error(), "unable to find source related to") {
				if !usesPackage(r, d.ImportName) {
					continue // every use was specialised (iter, unique)
				}
				msg := fmt.Sprintf("it does not have package %s (its standard library is Go 1.22's)", d.ImportPath)
				return interpreterFault(&Error{Name: "ImportError", Value: msg, Cause: err,
					Traceback: []string{fmt.Sprintf("Cell In[%d]: %s", count, msg)}})
			}
			return interpreterFault(s.evalError(err, count, "ImportError", posMap{src: d.Src, prefix: declPrefix}))
		}
		s.record(d)
	}
	return nil
}

// showTrailing sets the cell's value from what its statements returned.
func (s *Session) showTrailing(res *Result, tr *check.Trailing, v reflect.Value) {
	if tr == nil || !tr.Show {
		return
	}
	if tr.ErrVar != "" {
		if e, err := s.in.Eval(tr.ErrVar); err == nil && e.IsValid() && !isNil(e) {
			res.Value, res.HasValue = e, true
			res.Bundle = plainBundle(e)
			return
		}
	}
	if !v.IsValid() || tr.IsError && isNil(v) {
		return
	}
	res.HasValue = true
	if tr.Rendered {
		res.Bundle = bundleOf(v)
		return
	}
	res.Value = v
	res.Bundle = plainBundle(v)
}

func isNil(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return v.IsNil()
	}
	return false
}

// unrecord removes d from the log.
// unchain lets the declarations of gone's cell no longer name what
// gone declared as the variable initialized before them: the lowering
// chains a cell's initializers in Go's order by the address of the
// previous variable (gofuturesInit7(&a), kernel/check/initorder.go),
// which only the first evaluation needs, and a replay of the log (a
// fresh interpreter, a worker) failed on a removed a ("undefined: a").
func (s *Session) unchain(gone *cell.Decl) {
	if gone.Kind != cell.Var {
		return
	}
	names := chainedNames(gone)
	for _, d := range s.decls {
		if d.Cell != gone.Cell || d.Kind != cell.Var || !strings.Contains(d.Src, "gofuturesInit") {
			continue
		}
		d.Src = chainArg.ReplaceAllStringFunc(d.Src, func(call string) string {
			m := chainArg.FindStringSubmatch(call)
			if !names[m[2]] {
				return call
			}
			return m[1] + "(nil)"
		})
	}
}

// chainArg matches a call of an initializer's function with the address
// of the variable before it in the chain.
var chainArg = regexp.MustCompile(`(gofuturesInit[0-9]+)\(&([A-Za-z_][A-Za-z0-9_]*)\)`)

// chainedNames returns the variables d declares that a chain may name:
// its names and the lowering's stand-ins for its blank names and calls of
// several results.
func chainedNames(d *cell.Decl) map[string]bool {
	names := map[string]bool{}
	for _, n := range d.Names {
		names[n] = true
	}
	for _, m := range standIn.FindAllString(d.Src, -1) {
		names[m] = true
	}
	return names
}

// standIn matches the lowering's variables for a blank name and for the
// results of one call in a chain.
var standIn = regexp.MustCompile(`gofutures(?:Blank|Results)[0-9]+`)

func (s *Session) unrecord(d *cell.Decl) {
	for i, old := range s.decls {
		if old.Key() == d.Key() && old.Cell == d.Cell {
			s.decls = append(s.decls[:i:i], s.decls[i+1:]...)
			s.declsGen++
			return
		}
	}
}
