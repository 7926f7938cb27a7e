package session

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/kernel/cell"
)

// ExecutorPrelude imports the executor under the name Options.NamedFuncs
// uses. (An interpreted wrapper function would not do: a cell function
// passed through an interpreted "any" reaches compiled code as yaegi's
// internal node, not as a callable func.)
const ExecutorPrelude = `import gofuturesexecutor "github.com/gofutures/gofutures/executor"`

// edit replaces src[start:end] with text. Of several insertions at one
// offset, the one with the higher right ends up further right.
type edit struct {
	start, end int
	text       string
	right      int
}

// reservedPrefix starts the names the session declares in the
// interpreter (the line markers, rich-output glue, imports of its own
// packages): a cell that declared one would break the cells after it.
const reservedPrefix = "gofutures"

// reservedNames refuses a cell that declares or assigns a reserved name.
func reservedNames(p *cell.Parsed) error {
	names := append([]string(nil), p.StmtNames...)
	for _, d := range p.Decls {
		names = append(names, d.Names...)
	}
	for _, n := range names {
		if strings.HasPrefix(n, reservedPrefix) {
			return fmt.Errorf("%s: names that begin with %q are reserved for the kernel", n, reservedPrefix)
		}
	}
	return nil
}

// applyEdits applies non-overlapping edits to src, from the end: at one
// offset, replacements before insertions, and insertions right to left.
func applyEdits(src string, edits []edit) string {
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i], edits[j]
		if a.start != b.start {
			return a.start > b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.right > b.right
	})
	for _, e := range edits {
		src = src[:e.start] + e.text + src[e.end:]
	}
	return src
}

// isDisplayCall reports whether callee is display.Display, whose handle
// is not worth showing (like Python's display(), which returns None).
func (s *Session) isDisplayCall(callee string) bool {
	pkg, ok := strings.CutSuffix(callee, ".Display")
	return ok && s.imports[pkg] == displayPath
}

// displayPath is the import path of the display package.
const displayPath = "github.com/gofutures/gofutures/display"

// displayEdits routes calls display.Display(x) in top-level statements
// through the prelude's gofuturesDisplay, which sees the methods of
// cell-declared types (the compiled function gets values of those types
// without their methods). The argument is first put in a variable of its
// own type, in front of the statement: yaegi v0.16.1 drops the methods of
// a composite literal passed straight to an "any" parameter, and of a
// variable local to a function literal. Calls inside functions are left
// alone (they show what compiled code sees).
func (s *Session) displayEdits(src string, calls []cell.DisplayCall) []edit {
	if !s.opts.RichValues {
		return nil
	}
	var out []edit
	for i, c := range calls {
		if c.End > len(src) || s.imports[c.Pkg] != displayPath || !strings.HasPrefix(src[c.Start:], c.Pkg+".Display") ||
			strings.TrimSpace(src[c.ArgStart:c.ArgEnd]) == "nil" {
			continue
		}
		tmp := "gofuturesArg" + strconv.Itoa(i)
		out = append(out,
			edit{c.Stmt, c.Stmt, tmp + " := " + src[c.ArgStart:c.ArgEnd] + "; ", 0},
			edit{c.Start, c.End, "gofuturesDisplay(" + tmp + ")", 0})
	}
	return out
}

// namedFuncEdits wraps the identifiers in args that name notebook
// functions (declared before, or in this cell's decls), and tags the
// other uses of those functions as values (funcValueEdits).
func (s *Session) namedFuncEdits(src string, args []cell.FuncArg, decls []*cell.Decl) []edit {
	if !s.opts.NamedFuncs {
		return nil
	}
	var out []edit
	for _, a := range args {
		if a.End > len(src) || src[a.Start:a.End] != a.Name {
			continue
		}
		known := s.declared(cell.Func, a.Name)
		for _, d := range decls {
			if d.Kind == cell.Func && d.Names[0] == a.Name {
				known = true
			}
		}
		if known {
			out = append(out, edit{a.Start, a.End, "gofuturesexecutor.Named(" + strconv.Quote(a.Name) + ", " + a.Name + ")", 0})
		}
	}
	return append(out, s.funcValueEdits(src, decls, args)...)
}

// RichPrelude is the prelude that makes trailing values render as rich
// MIME bundles (display.Glue).
const RichPrelude = display.Glue
