package session

import (
	"context"
	"go/ast"
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// restoreTogether evaluates the imports of log, one by one, then its
// other declarations as one source, the way a Go package is compiled: in
// any order. Evaluated one at a time, a method that calls a function or
// method declared after it compiles without an error in yaegi v0.16.1
// yet panics "index out of range" when called, and a method cannot be
// declared again. If the declarations do not compile together, it starts
// a fresh interpreter with the declarations logged before and these,
// evaluates together those that compile, and returns the others (and the
// imports that failed) for the caller to try one by one and report.
func (s *Session) restoreTogether(log []*cell.Decl) []*cell.Decl {
	rest := s.restoreImports(log)
	if s.evalTogether(rest, nil) {
		return cell.Imports(rest)
	}
	// What failed may be half declared, and a method cannot be declared
	// again: start afresh with the log so far and this one, and leave out
	// what does not compile (found in a scratch interpreter).
	merged := s.decls
	for _, d := range log {
		merged = withDecl(merged, d)
	}
	s.reset()
	s.decls = nil
	s.declsGen++
	rest = s.restoreImports(merged)
	bad := s.failingAlone(rest)
	if s.evalTogether(rest, bad) {
		out := cell.Imports(rest)
		for _, d := range rest {
			if bad[d] {
				out = append(out, d)
			}
		}
		return out
	}
	return check.Order(rest)
}

// evalTogether evaluates the declarations in decls that are not imports
// and not in skip as one source, and records them if it compiled.
func (s *Session) evalTogether(decls []*cell.Decl, skip map[*cell.Decl]bool) bool {
	var b strings.Builder
	var done []*cell.Decl
	for _, d := range decls {
		if d.Kind != cell.Import && !skip[d] {
			b.WriteString(d.Src)
			b.WriteByte('\n')
			done = append(done, d)
		}
	}
	if len(done) == 0 {
		return true
	}
	if !s.evalRecovered(b.String()) {
		return false
	}
	for _, d := range done {
		s.record(d)
	}
	return true
}

// failingAlone returns the declarations of decls (imports evaluated
// already) that do not compile when evaluated one by one, each retried
// until a round brings no progress, in a scratch interpreter with the
// same imports. (Variable initializers run there too.)
func (s *Session) failingAlone(decls []*cell.Decl) map[*cell.Decl]bool {
	opts := s.opts
	opts.OnDecls, opts.Pool, opts.Stdout, opts.Stderr = nil, nil, nil, nil
	scratch := New(opts)
	for _, d := range s.decls {
		if d.Kind == cell.Import {
			_ = scratch.evalDecl(context.Background(), d)
		}
	}
	pending := check.Order(decls)
	for len(pending) > 0 {
		var failed []*cell.Decl
		for _, d := range pending {
			if d.Kind == cell.Import || scratch.evalDecl(context.Background(), d) != nil {
				failed = append(failed, d)
			}
		}
		if len(failed) == len(pending) {
			break
		}
		pending = failed
	}
	bad := map[*cell.Decl]bool{}
	for _, d := range pending {
		if d.Kind != cell.Import {
			bad[d] = true
		}
	}
	return bad
}

// restoreImports evaluates the imports of log and returns the other
// declarations and the imports that failed.
func (s *Session) restoreImports(log []*cell.Decl) []*cell.Decl {
	var rest []*cell.Decl
	for _, d := range log {
		if d.Kind != cell.Import {
			rest = append(rest, d)
			continue
		}
		if err := s.evalDecl(context.Background(), d); err != nil {
			rest = append(rest, d) // reported by the caller
			continue
		}
		s.record(d)
	}
	return rest
}

// evalRecovered evaluates src and reports whether it compiled and ran;
// yaegi v0.16.1 panics on some sources it cannot compile (a selector of a
// package it does not know, in a declaration's type).
func (s *Session) evalRecovered(src string) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	_, err := s.in.Eval(src)
	return err == nil
}

// typeParts is a declaration of a type that holds the type's methods too
// (kernel/cell/mono's copy of a generic type, Result.Generated), split
// for a restore: the methods call functions that a restore evaluates
// after the types (restoreAll: the variables of snapshots are declared
// between them, with their types, and functions use them).
type typeParts struct {
	whole, typ, methods *cell.Decl
}

// splitMethods returns d's type and its methods as two declarations,
// each d's source with the other blanked (lines and columns kept for
// messages), or false when d is not a type declared with methods.
func splitMethods(d *cell.Decl) (typeParts, bool) {
	if d.Kind != cell.Type {
		return typeParts{}, false
	}
	pd, err := cell.ParseDecl(d.Src)
	if err != nil {
		return typeParts{}, false
	}
	const shift = len("package main;")
	inMethod := make([]bool, len(d.Src))
	var names []string
	for _, decl := range pd.File.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		names = append(names, d.Names[0]+"."+fd.Name.Name)
		start := fd.Pos()
		if fd.Doc != nil {
			start = fd.Doc.Pos()
		}
		from, to := pd.Fset.Position(start).Offset-shift, pd.Fset.Position(fd.End()).Offset-shift
		for i := max(from, 0); i < to && i < len(inMethod); i++ {
			inMethod[i] = true
		}
	}
	if len(names) == 0 {
		return typeParts{}, false
	}
	blank := func(keep bool) string {
		b := []byte(d.Src)
		for i := range b {
			if inMethod[i] != keep && b[i] != '\n' {
				b[i] = ' '
			}
		}
		return string(b)
	}
	typ, methods := *d, *d
	typ.Src = blank(false)
	methods.Kind, methods.Names, methods.Src = cell.Method, names, blank(true)
	methods.Orig, methods.Sites, methods.Lits = "", nil, nil
	return typeParts{whole: d, typ: &typ, methods: &methods}, true
}

// rejoin puts the declarations split in the log back as they were logged:
// where both parts were restored, the whole in place of the type's part.
func (s *Session) rejoin(split []typeParts) {
	for _, p := range split {
		ti, mi := slices.Index(s.decls, p.typ), slices.Index(s.decls, p.methods)
		delete(s.funcs, p.methods.Key())
		if ti < 0 || mi < 0 {
			continue // not restored: reported, and logged as far as it went
		}
		s.decls[ti] = p.whole
		s.decls = slices.Delete(s.decls, mi, mi+1)
		s.declsGen++
	}
}
