package session

import (
	"context"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// notifyDecls calls Options.OnDecls and updates Options.Pool if the log
// changed since the last call.
func (s *Session) notifyDecls() {
	if s.declsGen == s.notifiedGen {
		return
	}
	s.notifiedGen = s.declsGen
	s.registerTypes()
	if s.opts.OnDecls != nil {
		s.opts.OnDecls(s.Decls())
	}
	if s.opts.Pool != nil && !s.restoring {
		s.opts.Pool.update(s)
	}
}

// DeclsGeneration changes whenever the declarations log changes.
func (s *Session) DeclsGeneration() int { return s.declsGen }

// Log returns a copy of the declarations log.
func (s *Session) Decls() []*cell.Decl { return append([]*cell.Decl(nil), s.decls...) }

// State returns the names that statements have set, with the cell that set
// each last. Their values are what a restore cannot bring back.
func (s *Session) State() map[string]int {
	out := make(map[string]int, len(s.state))
	for k, v := range s.state {
		out[k] = v
	}
	return out
}

// Restore replays a declarations log (from a session that died) into this
// session. Declarations that no longer compile are skipped and reported.
//
// Imports come first; the other declarations are evaluated together, in
// any order, as a package is compiled (see restoreTogether). If they do
// not compile together, they are replayed one by one, each after those it
// refers to (check.Order); one that still fails (a cycle of references)
// is tried again after the others, until a round brings no progress.
func (s *Session) Restore(decls []*cell.Decl) []string {
	if s.chk != nil {
		s.chk.Seed(decls)
	}
	return s.restore(decls)
}

// restore is Restore without telling the checker (a rebuild, whose
// declarations the checker has or is about to commit).
func (s *Session) restore(decls []*cell.Decl) []string {
	defer s.notifyDecls()
	pending := s.restoreTogether(decls)
	errs := map[*cell.Decl]error{}
	for len(pending) > 0 {
		var failed []*cell.Decl
		for _, d := range pending {
			if err := s.evalDecl(context.Background(), d); err != nil {
				errs[d] = err
				failed = append(failed, d)
				continue
			}
			s.record(d)
		}
		if len(failed) == len(pending) {
			break // no progress
		}
		pending = failed
	}
	var notes []string
	for _, d := range pending {
		s.repairFailedDecls([]*cell.Decl{d}, d.Cell)
		notes = append(notes, fmt.Sprintf("could not restore %s %s from cell %d: %v", d.Kind, strings.Join(d.Names, ", "), d.Cell, errs[d]))
	}
	return notes
}

func (s *Session) evalDecl(ctx context.Context, d *cell.Decl) error {
	if d.Kind == cell.Import {
		if s.imports[d.ImportName] == d.ImportPath {
			return nil
		}
	}
	if _, err := s.in.EvalWithContext(ctx, d.Src); err != nil {
		return err
	}
	s.nameCopies(ctx, []*cell.Decl{d})
	if d.Kind == cell.Import {
		s.imports[d.ImportName] = d.ImportPath
		if d.ImportPath == "os/signal" {
			s.signals.Store(true) // (deadlock.go)
		}
	}
	return nil
}

// nameCopies tells rt what Go calls the struct types of the copies of
// generic types' instances among ds, evaluated (rt.NameCopy).
func (s *Session) nameCopies(ctx context.Context, ds []*cell.Decl) {
	for _, d := range ds {
		if d.Kind != cell.Type || d.GoName == "" {
			continue
		}
		for _, n := range structTypes(d.Src) {
			if v, err := s.in.EvalWithContext(ctx, n+"{}"); err == nil && v.IsValid() {
				rt.NameCopy(v.Type(), d.GoName)
			}
		}
	}
}

// record puts d into the log, replacing the entries it redefines, not
// knowing where in the source evaluated d was (see recordAt).
func (s *Session) record(d *cell.Decl) { s.recordAt(d, -1) }

// logDecl puts d into the log, replacing the entries it redefines.
func (s *Session) logDecl(d *cell.Decl) {
	s.decls = withDecl(s.decls, d)
	s.declsGen++
	for _, n := range d.Names {
		delete(s.state, n)
	}
}

// withDecl returns a new declarations log: decls without the entries d
// redefines, and d.
func withDecl(decls []*cell.Decl, d *cell.Decl) []*cell.Decl {
	names := map[string]bool{}
	for _, n := range d.Names {
		names[n] = true
	}
	out := make([]*cell.Decl, 0, len(decls)+1)
	for _, old := range decls {
		if old.Kind.SameSpace(d.Kind) && covers(names, old.Names) {
			continue
		}
		out = append(out, old)
	}
	return append(out, d)
}

func covers(names map[string]bool, of []string) bool {
	for _, n := range of {
		if !names[n] {
			return false
		}
	}
	return true
}

func (s *Session) declared(kind cell.DeclKind, name string) bool {
	for _, d := range s.decls {
		if d.Kind == kind {
			for _, n := range d.Names {
				if n == name {
					return true
				}
			}
		}
	}
	return false
}

// repairFailedDecls undoes what a declaration that failed to compile left
// behind: yaegi keeps a half-built function that later panics with "index
// out of range". A redefinition gets its previous, working version back;
// a new function becomes a stub that says it did not compile.
func (s *Session) repairFailedDecls(decls []*cell.Decl, count int) {
	for _, d := range decls {
		if d.Kind != cell.Func && d.Kind != cell.Method {
			continue
		}
		if old := s.logged(d.Key()); old != nil {
			_, _ = s.in.Eval(old.Src)
			s.placed(old, 0)
			continue
		}
		if stub := failedStub(d, count); stub != "" {
			_, _ = s.in.Eval(stub)
		}
	}
}

// hasMethods reports whether the notebook declared any method.
func (s *Session) hasMethods() bool {
	for _, d := range s.decls {
		if d.Kind == cell.Method {
			return true
		}
	}
	return false
}

// logged returns the log entry with key k, or nil.
func (s *Session) logged(k string) *cell.Decl {
	for _, d := range s.decls {
		if d.Key() == k {
			return d
		}
	}
	return nil
}

// failedStub returns d's signature with a body that panics, saying that d
// did not compile.
func failedStub(d *cell.Decl, count int) string {
	pd, err := cell.ParseDecl(d.Src)
	if err != nil || len(pd.File.Decls) != 1 {
		return ""
	}
	fd, ok := pd.File.Decls[0].(*ast.FuncDecl)
	if !ok {
		return ""
	}
	msg := fmt.Sprintf("%s did not compile (cell %d): fix it and run that cell again", strings.Join(d.Names, ""), count)
	fd.Body = &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
		Fun: ast.NewIdent("panic"), Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(msg)}}}}}}
	var b strings.Builder
	if err := format.Node(&b, pd.Fset, fd); err != nil {
		return ""
	}
	return b.String()
}
