package session

import (
	"context"
	"fmt"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// splitHooks separates, of the declarations a check lowered again for a
// cell's types, the methods that take their new body through their hook
// (kernel/check's methodhook.go: the interpreter ignores a method
// declared again) from those declared again.
func (s *Session) splitHooks(relowered []*cell.Decl) (declared, hooks []*cell.Decl) {
	for _, d := range relowered {
		if d.Kind == cell.Method && d.Hook != "" && s.logged(d.Key()) != nil {
			hooks = append(hooks, d)
			continue
		}
		declared = append(declared, d)
	}
	return declared, hooks
}

// runHooks gives each method of hooks its new body, after the cell's
// declarations (which the bodies may use), and logs it as lowered anew.
// A hook the interpreter refuses leaves the method as it was, and says so.
func (s *Session) runHooks(ctx context.Context, hooks []*cell.Decl) (notes []string) {
	for _, d := range hooks {
		if _, err := s.in.EvalWithContext(ctx, d.Hook); err != nil {
			notes = append(notes, fmt.Sprintf("method %s (cell %d) could not be updated for the new types: %v", strings.Join(d.Names, ", "), d.Cell, err))
			continue
		}
		ld := *d
		ld.Hook = ""
		s.recordAt(&ld, 0)
		if s.hooksSet == nil {
			s.hooksSet = map[string]bool{}
		}
		s.hooksSet[d.Key()] = true
	}
	return notes
}

// hookFrame reports whether frame i of a panic's frames is of the
// function literal a method's hook holds (the method's body since a
// later cell's types), called by the method's frame after it: the
// traceback shows the method's frame alone, as Go's.
func (s *Session) hookFrame(frames []string, i int) bool {
	if len(s.hooksSet) == 0 || i+1 >= len(frames) {
		return false
	}
	m := frameLine.FindStringSubmatch(frames[i+1])
	if m == nil {
		return false
	}
	d, unique := s.frameDecl(strings.TrimPrefix(m[3], "main."))
	return d != nil && unique && d.Kind == cell.Method && s.hooksSet[d.Key()]
}
