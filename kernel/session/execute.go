package session

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Execute runs one cell, numbered count. ctx cancels the evaluation (which
// leaves yaegi in a state the caller should not trust: see package doc of
// the kernel).
func (s *Session) Execute(ctx context.Context, code string, count int) (res Result, err error) {
	s.mu.Lock()
	s.frames = nil
	s.mu.Unlock()
	s.main.Store(0)
	rt.PanicLine("") // forget a line noted for a panic some cell recovered
	rt.RecoveredLine()
	p, err := cell.Split(code, count)
	if err != nil {
		return res, s.compileError(err, count)
	}
	if err := reservedNames(p); err != nil {
		return res, &Error{Name: "CompileError", Value: err.Error(), Cause: err,
			Traceback: []string{fmt.Sprintf("Cell In[%d]: %v", count, err)}}
	}
	if c := s.checker(); c != nil {
		r, err := c.Check(p)
		if err != nil {
			return res, checkError(err, count)
		}
		if r.Parsed != nil {
			p, code = r.Parsed, r.Parsed.Src // (what the checker rewrote)
		}
		if len(r.Instances) > 0 {
			return res, needsInstances(r.Instances, count)
		}
		if !r.Unchecked && (r.Wrapped || r.TopLevel || r.Stmts == nil) {
			return s.executeChecked(ctx, p, r, count)
		}
		// statements whose variables' types cannot be written in main,
		// or imports the checker cannot see: run as written
		res, err := s.executeUnchecked(ctx, p, code, count)
		var e *Error
		switch {
		case r.Unchecked && err == nil:
			c.Disable() // the model no longer knows the notebook
		case !r.Unchecked && (err == nil || errors.As(err, &e) && e.Name == "panic"):
			r.Commit()
		}
		return res, err
	}
	return s.executeUnchecked(ctx, p, code, count)
}

// executeUnchecked runs a cell as written (with the session's own
// rewriting only).
func (s *Session) executeUnchecked(ctx context.Context, p *cell.Parsed, code string, count int) (res Result, err error) {
	if len(p.StmtDefers) > 0 {
		line, col := cell.LineCol(p.Stmts, p.StmtDefers[0])
		msg := "defer at the top level of a cell is not supported: yaegi v0.16.1 would run the call twice, and again after every later cell; defer inside a function (func main() { ... } runs once, at the end of its cell)"
		return res, &Error{Name: "CompileError", Value: msg, Cause: errors.New(msg),
			Traceback: []string{fmt.Sprintf("Cell In[%d], line %d, column %d: %s", count, line, col, msg)}}
	}
	var imports, decls []*cell.Decl
	for _, d := range p.Decls {
		if d.Kind == cell.Import {
			imports = append(imports, d)
		} else {
			decls = append(decls, d)
		}
	}
	for _, d := range imports {
		if err := s.evalDecl(ctx, d); err != nil {
			return res, s.evalError(err, count, "ImportError", posMap{src: d.Src, prefix: declPrefix})
		}
		s.record(d)
	}
	if len(decls) > 0 {
		if s.needsRebuild(decls) {
			notes, _, err := s.rebuildWith(ctx, decls, nil)
			res.Notes = append(res.Notes, notes...)
			if err != nil {
				return res, s.evalError(err, count, "CompileError", posMap{src: code, prefix: declPrefix})
			}
		} else {
			src := overlay(decls)
			var edits []edit
			for _, d := range decls {
				if e := s.namedFuncEdits(d.Src, d.FuncArgs, decls); len(e) > 0 {
					edits = append(edits, e...)
					d.Src = applyEdits(d.Src, e) // as replayed later
				}
			}
			if _, err := s.in.EvalWithContext(ctx, applyEdits(src, edits)); err != nil {
				s.repairFailedDecls(decls, count)
				return res, s.evalError(err, count, "CompileError", posMap{src: src, edits: edits, prefix: declPrefix})
			}
			redefined := s.redefinedNames(decls)
			for _, d := range decls {
				s.record(d)
			}
			if err := s.redeclareCallers(ctx, redefined, decls); err != nil {
				res.Notes = append(res.Notes, err.Error())
			}
		}
	}
	s.notifyDecls()
	if p.Stmts != "" {
		stmts, kept := p.Stmts, false
		edits := append(s.namedFuncEdits(stmts, p.StmtFuncArgs, decls), s.displayEdits(stmts, p.StmtDisplayCalls)...)
		for _, b := range p.StmtBlocks {
			// see cell.Parsed.StmtBlocks
			edits = append(edits, edit{b[0], b[0], "(func() { ", 0}, edit{b[1], b[1], " })()", 0})
		}
		for _, f := range p.StmtFuncLits {
			edits = append(edits, edit{f[0], f[0], "(", 2}, edit{f[1], f[1], ")", -1})
		}
		// Each top-level statement first says which it is (see at),
		// leftmost of the insertions at its start.
		blocks := map[int]bool{}
		for _, b := range p.StmtBlocks {
			blocks[b[0]] = true
		}
		line, last := 1, 0
		for _, o := range p.StmtStarts {
			line += strings.Count(stmts[last:o], "\n")
			last = o
			edits = append(edits, edit{o, o, fmt.Sprintf("%s.At(%d, %t); ", lineName, line, blocks[o]), -100})
		}
		s.stmt.Store(0)
		// Only values of cell-declared types need interpreted rendering, and
		// only if the notebook declared methods: otherwise the cheaper
		// compiled rendering sees everything there is.
		if t := p.Trailing; t != nil && s.opts.RichValues && s.hasMethods() && s.showableBefore(t) &&
			strings.TrimSpace(stmts[t.Start:t.End]) != "nil" {
			// Render the value in interpreted code, where the methods of
			// cell-declared types are visible, in the same evaluation: the
			// cell's value becomes the bundle. (A composite literal passed
			// straight to an interface parameter loses its methods in
			// yaegi v0.16.1, hence the typed temporary.) Columns after
			// the expression's start shift on its line only.
			edits = append(edits, edit{t.Start, t.Start, "gofuturesTmp := ", 1}, edit{t.End, t.End, "; gofuturesBundle(gofuturesTmp)", 0})
			kept = true
		}
		edited := applyEdits(stmts, edits)
		v, err := s.in.EvalWithContext(ctx, edited)
		s.opaqueStmts(edited) // (after: stmtError names no frame of theirs)
		for _, n := range p.StmtNames {
			s.state[n] = count
		}
		s.noteMembers(p.StmtNames, p.StmtTypes)
		s.poolAfterStatements(p.StmtNames)
		if err != nil {
			return res, s.stmtError(err, count, posMap{src: stmts, edits: edits, prefix: stmtPrefix})
		}
		switch {
		case kept:
			res.HasValue = true
			res.Bundle = bundleOf(v)
		case p.Trailing != nil && v.IsValid() && s.showable(p.Trailing, v):
			res.Value, res.HasValue = v, true
			res.Bundle = plainBundle(v)
		}
	}
	if p.HasMain {
		if _, err := s.in.EvalWithContext(ctx, cell.MainName+"()"); err != nil {
			return res, s.evalError(err, count, "", posMap{})
		}
	}
	return res, nil
}

// showable decides, after the cell ran, whether its trailing expression's
// value is shown: a call is shown only when its function returns exactly
// one value, so that fmt.Println(x) does not show "6 <nil>". Calls whose
// function it cannot find (builtins such as len, conversions, calls of
// calls) have one value.
func (s *Session) showable(t *cell.Trailing, v reflect.Value) bool {
	one, known, isErr := s.oneValue(t)
	if isErr {
		// a function that returns only an error: shown when it failed,
		// like Python, which shows nothing for None
		return v.IsValid() && !((v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && v.IsNil())
	}
	return one || !known
}

// showableBefore reports, before the cell runs, whether its trailing
// expression certainly has one value to show (and so can be rendered in
// interpreted code).
func (s *Session) showableBefore(t *cell.Trailing) bool {
	one, known, isErr := s.oneValue(t)
	return one && known && !isErr
}

// zeroResultBuiltins are the builtins whose calls have no value.
var zeroResultBuiltins = map[string]bool{"close": true, "delete": true, "panic": true, "print": true,
	"println": true, "clear": true}

// oneValue reports whether the trailing expression has exactly one value,
// whether that could be determined, and whether that value is an error.
func (s *Session) oneValue(t *cell.Trailing) (one, known, isErr bool) {
	switch {
	case !t.IsCall:
		return true, true, false
	case s.isDisplayCall(t.Callee) || zeroResultBuiltins[t.Callee]:
		return false, true, false // like Python's display(), shows nothing
	case t.Callee == "":
		return false, false, false
	}
	if s.isType(t.Callee) {
		return true, true, false // a conversion, T(x) or pkg.T(x)
	}
	fn, err := s.in.Eval(t.Callee)
	if err != nil || !fn.IsValid() || fn.Kind() != reflect.Func {
		return false, false, false // a builtin, or not yet declared
	}
	ft := fn.Type()
	return ft.NumOut() == 1, true, ft.NumOut() == 1 && ft.Out(0) == reflect.TypeFor[error]()
}

// isType reports whether name (an identifier or pkg.Name) denotes a type,
// which makes a trailing call of it a conversion with one value.
// Evaluating a type's name in yaegi v0.16.1 returns a stale func value
// without an error, so the test is an expression that compiles only for a
// type.
func (s *Session) isType(name string) bool {
	_, err := s.in.Eval("(*" + name + ")(nil)")
	return err == nil
}
