package session

import (
	"context"
	"errors"
	"fmt"
	"go/scanner"
	"go/token"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/snapshot"
)

// needsRebuild reports whether decls redefine a type or a method, which
// yaegi would silently ignore. A cell run again with a type or method
// as it was (the same lowered source; a type's may have moved in its
// cell) redefines nothing: yaegi keeps the one it has, which is that one.
func (s *Session) needsRebuild(decls []*cell.Decl) bool {
	for _, d := range decls {
		if d.Kind != cell.Type && d.Kind != cell.Method {
			continue
		}
		// (a method lowered again but for fresh names is the same, and
		// one of a cell with blank lines added at its end)
		if prev := s.logged(d.Key()); prev != nil && (sameLines(prev.Src, d.Src) || d.Kind == cell.Type && sameTokens(prev.Src, d.Src) || d.Kind == cell.Method && check.SameLowering(trimEnd(prev.Src), trimEnd(d.Src))) && sameTokens(prev.Source(), d.Source()) {
			continue
		}
		if prev := s.logged(d.Key()); prev != nil && d.Kind == cell.Type && generatedDecl(d) && addsMethodsOnly(prev.Src, d.Src) {
			continue // an instance's copy with methods added (addmethods.go)
		}
		for _, n := range d.Names {
			if s.declared(d.Kind, n) {
				return true
			}
		}
	}
	return false
}

// sameLines reports whether a and b are the same source but for the
// blank space at their ends, which moves no line of theirs.
func sameLines(a, b string) bool { return trimEnd(a) == trimEnd(b) }

func trimEnd(s string) string { return strings.TrimRight(s, " \t\r\n") }

// sameTokens reports whether a and b are the same Go tokens (comments,
// spaces and line breaks aside).
func sameTokens(a, b string) bool {
	scan := func(src string) []string {
		var sc scanner.Scanner
		fs := token.NewFileSet()
		sc.Init(fs.AddFile("", -1, len(src)), []byte(src), nil, 0)
		var out []string
		for {
			_, tok, lit := sc.Scan()
			if tok == token.EOF {
				return out
			}
			if tok == token.SEMICOLON && lit == "\n" {
				continue // (an automatic one: where lines break)
			}
			out = append(out, tok.String()+lit)
		}
	}
	return slices.Equal(scan(a), scan(b))
}

// redefinedList names the declarations of decls a cell wrote ("type
// Rect; method Rect.Area"), not those the lowering generated beside them
// (gofuturesFmt…, kernel/cell/mono's copies mainꞏListꞏint), unless it
// has nothing else to name.
func redefinedList(decls []*cell.Decl) string {
	var names, generated []string
	for _, d := range decls {
		n := string(d.Kind) + " " + strings.Join(d.Names, ", ")
		if generatedDecl(d) {
			generated = append(generated, n)
			continue
		}
		names = append(names, n)
	}
	if len(names) == 0 {
		names = generated
	}
	return strings.Join(names, "; ")
}

// generatedDecl reports whether the lowering generated d (a printer's
// table, an adapter, a copy of a generic declaration), not a cell.
func generatedDecl(d *cell.Decl) bool {
	return len(d.Names) > 0 && (strings.HasPrefix(d.Names[0], "gofutures") || strings.Contains(d.Names[0], "ꞏ"))
}

// rebuildWith starts a fresh interpreter, replays the log with decls in
// place of what they redefine, but the declarations of drop (those the
// new ones break: var s any = Point{1, 2} when Point gains a field), and
// reports the state that was reset. With Options.KeepValues the
// variables come along, with their values (kept lists those that did).
func (s *Session) rebuildWith(ctx context.Context, decls, drop []*cell.Decl) (notes, kept []string, err error) {
	var merged []*cell.Decl
	for _, d := range s.decls {
		if !slices.ContainsFunc(drop, func(b *cell.Decl) bool { return b.Key() == d.Key() }) {
			merged = append(merged, d)
		}
	}
	for _, d := range decls {
		merged = withDecl(merged, d)
	}
	var carried []SnapshotFile
	if s.opts.KeepValues {
		sf, _ := s.carry() // what it cannot carry, decoding reports
		// a variable the cell declares again takes its new value
		fresh := map[string]bool{}
		for _, d := range decls {
			if d.Kind == cell.Var {
				for _, n := range d.Names {
					fresh[n] = true
				}
			}
		}
		sf.Vars = slices.DeleteFunc(sf.Vars, func(n string) bool { return fresh[n] })
		carried = append(carried, sf)
	}
	oldIn, oldImports, oldDecls, oldState, oldMembers, oldTypes := s.in, s.imports, s.decls, s.state, s.members, s.types
	oldKeeper := s.keeper
	s.reset() // a fresh interpreter, bound to this session (tracebacks)
	s.decls, s.state, s.members, s.types = nil, map[string]int{}, nil, nil
	s.keeper = snapshot.Keeper{}
	if r := s.restoreAll(merged, carried); len(r.Notes) > 0 {
		// A mistake in the new declarations: keep the session as it was.
		s.in, s.imports, s.decls, s.state, s.members, s.types = oldIn, oldImports, oldDecls, oldState, oldMembers, oldTypes
		s.keeper = oldKeeper
		s.declsGen++
		s.notifyDecls()
		return r.Notes, nil, errors.New(r.Notes[0])
	} else if s.opts.KeepValues {
		s.state = oldState
		note := "redefining " + redefinedList(decls) + " started a fresh interpreter with the notebook's declarations and values"
		if len(r.Lost) > 0 {
			note += "; not restored: " + strings.Join(r.Lost, "; ")
		}
		return []string{note}, r.Vars, nil
	}
	note := "redefining " + redefinedList(decls) + " started a fresh interpreter with the notebook's declarations"
	if lost := slices.Sorted(maps.Keys(oldState)); len(lost) > 0 {
		note += "; values set by statements were reset: " + strings.Join(lost, ", ")
	}
	return []string{note}, nil, nil
}

// redefinedNames returns the names of funcs, constants and variables in
// decls that the notebook has already: functions declared before them
// refer to the old ones (yaegi binds a constant's value, a variable's
// storage and a function when it compiles a function), and must be
// evaluated again (redeclareCallers).
func (s *Session) redefinedNames(decls []*cell.Decl) map[string]bool {
	out := map[string]bool{}
	for _, d := range decls {
		switch d.Kind {
		case cell.Func:
			if s.declared(cell.Func, d.Names[0]) {
				out[d.Names[0]] = true
			}
		case cell.Const, cell.Var:
			for _, n := range d.Names {
				if n != "_" && s.knownValue(n) {
					out[n] = true
				}
			}
		}
	}
	return out
}

// knownValue reports whether the notebook has a constant or variable
// named n.
func (s *Session) knownValue(n string) bool {
	_, set := s.state[n]
	return set || s.declared(cell.Var, n) || s.declared(cell.Const, n)
}

// methodsSeeRedefined reports whether a logged method calls a function,
// or uses a constant or variable, that decls declare again otherwise
// than they were, or a variable a cell's statements declared (not a
// cell run again as it was, not the lowering's
// declarations), directly or through functions calling one
// (transitively): redeclareCallers cannot bind it to the new one, as
// yaegi v0.16.1 ignores a method declared again, so the notebook needs a
// fresh interpreter (rebuildWith).
func (s *Session) methodsSeeRedefined(decls []*cell.Decl) bool {
	var changedDecls []*cell.Decl
	for _, d := range decls {
		// (a declaration not logged redefines too what a cell's
		// statements declared: var x = 9 after x := 1)
		// (and what the user wrote: a generic function's lowering is
		// blank, its instances' copies in the lowering's declarations)
		if prev := s.logged(d.Key()); !generatedDecl(d) && (prev == nil || !sameTokens(prev.Src, d.Src) && !check.SameLowering(prev.Src, d.Src) || !sameTokens(prev.Source(), d.Source())) {
			changedDecls = append(changedDecls, d)
		}
	}
	changed := s.redefinedNames(changedDecls)
	if len(changed) == 0 {
		return false
	}
	all := maps.Clone(changed)
	for len(changed) > 0 {
		next := map[string]bool{}
		for _, d := range s.Decls() {
			if !mentions(d, changed) {
				continue
			}
			switch {
			case d.Kind == cell.Method:
				return true
			case d.Kind == cell.Func && !all[d.Names[0]]:
				next[d.Names[0]] = true
				all[d.Names[0]] = true
			}
		}
		changed = next
	}
	return false
}

// redeclareCallers re-evaluates every logged function that calls a
// redefined one (transitively), so it binds to the new definition.
func (s *Session) redeclareCallers(ctx context.Context, redefined map[string]bool, fresh []*cell.Decl) error {
	if len(redefined) == 0 {
		return nil
	}
	// fresh declarations were evaluated with the redefinitions, and saw
	// them; not the callers evaluated again here after them: a function
	// of this cell calling an earlier function that calls a redefined one
	// is evaluated again too (yaegi binds the callee when it compiles)
	isFresh := map[*cell.Decl]bool{}
	for _, d := range fresh {
		isFresh[d] = true
	}
	skip := map[*cell.Decl]bool{}
	changed := redefined
	var errs []string
	for round := 0; len(changed) > 0; round++ {
		next := map[string]bool{}
		for _, d := range s.Decls() {
			if skip[d] || round == 0 && isFresh[d] || (d.Kind != cell.Func && d.Kind != cell.Method) {
				continue
			}
			if !mentions(d, changed) || d.Kind == cell.Func && d.Names[0] == "init" {
				continue // (an init ran with its cell: evaluated again, it would run again)
			}
			skip[d] = true
			if _, err := s.in.EvalWithContext(ctx, d.Src); err != nil {
				errs = append(errs, fmt.Sprintf("%s (cell %d) no longer compiles: %v", strings.Join(d.Names, ", "), d.Cell, err))
				continue
			}
			s.recordAt(d, 0)
			if d.Kind == cell.Func {
				next[d.Names[0]] = true
			}
		}
		changed = next
	}
	if len(errs) > 0 {
		return errors.New("after the redefinition, " + strings.Join(errs, "; "))
	}
	return nil
}

// mentions reports whether d refers to one of names: by its Refs (the
// names its cell wrote), or, for a copy of generic code (mainꞏTwiceꞏint),
// by its lowered source, which calls the copy where the cell wrote
// Twice(n): a function declared before a generic function it calls
// through another one was redefined kept calling the old copy.
func mentions(d *cell.Decl, names map[string]bool) bool {
	for _, r := range d.Refs {
		if names[r] {
			return true
		}
	}
	for n := range names {
		if strings.Contains(n, "ꞏ") && mentionsIdent(d.Src, n) {
			return true
		}
	}
	return false
}

// mentionsIdent reports whether the identifier name occurs in src, as a
// whole word (also in a comment or a string: a copy's name does not
// stand there, and a false yes costs only an evaluation).
func mentionsIdent(src, name string) bool {
	for i := 0; ; {
		j := strings.Index(src[i:], name)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(name)
		before, _ := utf8.DecodeLastRuneInString(src[:j])
		after, _ := utf8.DecodeRuneInString(src[end:])
		if !(j > 0 && isIdentRune(before)) && !(end < len(src) && isIdentRune(after)) {
			return true
		}
		i = end
	}
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// overlay merges declarations of one cell into one source: each Src is the
// cell with everything else blanked, all of the same length.
func overlay(decls []*cell.Decl) string {
	if len(decls) == 1 {
		return decls[0].Src
	}
	b := []byte(decls[0].Src)
	for _, d := range decls[1:] {
		for i := 0; i < len(b) && i < len(d.Src); i++ {
			if c := d.Src[i]; c != ' ' && c != '\n' {
				b[i] = c
			}
		}
	}
	return string(b)
}
