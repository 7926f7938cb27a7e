package session

import (
	"context"
	"reflect"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// timeitChecked makes the function %timeit times of the statements body
// as a cell is made: type-checked against the notebook (an error is the
// cell's *Error) and lowered, so that what is timed is what the cell
// would run. The notebook's model does not change. ok is false where
// the checker is off or cannot see the notebook.
func (s *Session) timeitChecked(ctx context.Context, name, sig, body string, count int) (f reflect.Value, ok bool, err error) {
	c := s.checker()
	if c == nil {
		return f, false, nil
	}
	// on the first line, so that lines are the cell's
	p, err := cell.Split(name+" := "+sig+" { "+body+"\n}", count)
	if err != nil {
		return f, false, nil
	}
	r, err := c.Check(p)
	if err != nil {
		return f, true, checkError(err, count)
	}
	if r.Parsed != nil {
		p = r.Parsed // (what the checker rewrote)
	}
	if r.Unchecked || r.Stmts == nil || !r.Wrapped {
		return f, false, nil
	}
	// (r is not committed: the model stays as it was)
	if err := s.checkedImports(ctx, p, r, count); err != nil {
		return f, true, err
	}
	if gen := s.newGenerated(r.Generated, count); len(gen) > 0 {
		srcs := make([]string, len(gen))
		for i, d := range gen {
			srcs[i] = d.Src
		}
		if _, err := s.in.EvalWithContext(ctx, strings.Join(srcs, "\n")); err != nil {
			return f, true, interpreterFault(s.evalError(err, count, "CompileError", posMap{}))
		}
		for _, d := range gen {
			s.record(d)
		}
		s.notifyDecls()
	}
	if r.Prelude != "" {
		if _, err := s.in.EvalWithContext(ctx, r.Prelude); err != nil {
			return f, true, interpreterFault(s.evalError(err, count, "CompileError", posMap{}))
		}
	}
	_, err = s.in.EvalWithContext(ctx, r.Stmts.Src)
	var e *Error
	if err != nil {
		e = s.stmtError(err, count, posMap{prefix: stmtPrefix, lowered: r.Stmts})
	}
	s.keepStmtLits(newStmtLits(r.Stmts, count)) // (the function timed runs later)
	if e != nil {
		return f, true, interpreterFault(e)
	}
	f, err = s.timeitFunc(name)
	return f, true, err
}
