// Package session runs notebook cells in a yaegi interpreter. It is what
// the gofutures interpreter process does: the kernel (the supervisor) never
// imports it.
//
// A Session keeps a declarations log — every import, type, func, method,
// const and var the notebook declared, in the form the user wrote it — and
// uses it three ways: to re-declare the callers of a redefined function
// (yaegi keeps callers bound to the old one), to rebuild the interpreter
// when a type or method is redefined (yaegi silently ignores those), and,
// in a fresh process after a crash, to restore the notebook's declarations.
package session

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"io"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/unrestricted"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/kernel/cell"
)

// Options configure a Session.
type Options struct {
	// Stdout and Stderr receive what cells print; default io.Discard.
	Stdout, Stderr io.Writer
	// Stdin is what cells read with fmt.Scan* and os.Stdin; default: an
	// empty input. (os.Stdin in cells is then a *session.Stdin, which has
	// the Read, Close, Name and Fd methods of *os.File.)
	Stdin io.Reader
	// Symbols are extra packages cells may import (yaegi export tables).
	Symbols []interp.Exports
	// Exit is called in place of os.Exit from cells. It must not return;
	// the default panics with an *ExitError.
	Exit func(code int)
	// Preludes are Go sources evaluated, one by one, in every new
	// interpreter before any cell; they are not part of the declarations
	// log. With RichValues one must declare gofuturesBundle (see
	// RichPrelude).
	Preludes []string
	// RichValues renders trailing values through the interpreted
	// gofuturesBundle of the prelude, which sees methods of cell types.
	RichValues bool
	// NamedFuncs passes notebook functions given to executor calls
	// (pool.Submit(gcd, ...)) as gofuturesexecutor.Named("gcd", gcd),
	// whose import a prelude must provide (see ExecutorPrelude): a
	// process pool then knows which function to run in its workers.
	NamedFuncs bool
	// OnLog, when set, is called with the declarations log whenever it
	// changed: after a cell's declarations (before its statements run)
	// and after a restore. A process pool uses it to load workers.
	OnLog func(log []*cell.Decl)
}

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
// functions (declared before, or in this cell's decls).
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
	return out
}

// RichPrelude is the prelude that makes trailing values render as rich
// MIME bundles (display.Glue).
const RichPrelude = display.Glue

// Stdin is os.Stdin in cells: reads come from Options.Stdin, so that the
// kernel can ask the front end for input when a cell reads.
type Stdin struct{ r io.Reader }

// Read reads from the session's input.
func (s *Stdin) Read(p []byte) (int, error) { return s.r.Read(p) }

// Close does nothing.
func (s *Stdin) Close() error { return nil }

// Name returns "/dev/stdin".
func (s *Stdin) Name() string { return "/dev/stdin" }

// Fd returns 0.
func (s *Stdin) Fd() uintptr { return 0 }

// ExitError is the panic value of os.Exit called from a cell.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("os.Exit(%d) called", e.Code) }

// Error is a failed cell: Name and Value become the Jupyter error's ename
// and evalue, Traceback its lines.
type Error struct {
	Name      string
	Value     string
	Traceback []string
	// Cause is the underlying error, for errors.Is/As.
	Cause error
}

func (e *Error) Error() string { return e.Name + ": " + e.Value }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Cause }

// Result is the outcome of one cell.
type Result struct {
	// Value is the cell's trailing expression, when it has one to show.
	Value    reflect.Value
	HasValue bool
	// Bundle is the MIME bundle of Value (always with "text/plain").
	Bundle display.Bundle
	// Notes are messages for the user about what the session did (for
	// example a rebuild after a type was redefined).
	Notes []string
}

// Session is one yaegi interpreter plus the notebook's declarations log.
// Its methods must not be called concurrently (cells run one at a time).
type Session struct {
	opts Options
	in   *interp.Interpreter

	log         []*cell.Decl
	logGen      int // bumped on every change of log
	notifiedGen int
	imports     map[string]string // import name -> path
	state       map[string]int    // names set by statements -> cell

	members map[string][]string // fields and methods of variables set by statements
	types   map[string]string   // their types, as TypeName (see Types)
	stmt    atomic.Int64        // the running top-level statement: line<<1 | 1 if run in a wrapper

	mu     sync.Mutex
	frames []string // panic frames of the running cell
}

// New returns a Session with a fresh interpreter.
func New(opts Options) *Session {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	s := &Session{opts: opts, state: map[string]int{}}
	s.reset()
	return s
}

// frameLine matches what yaegi prints for each frame of an unwinding panic.
var frameLine = regexp.MustCompile(`^(\d+):(\d+): panic: (.*)\(\.\.\.\)\n?$`)

// stderrFilter diverts yaegi's panic frame lines from the cell's stderr.
type stderrFilter struct{ s *Session }

func (f stderrFilter) Write(p []byte) (int, error) {
	if frameLine.Match(p) {
		line := strings.TrimRight(string(p), "\n")
		f.s.mu.Lock()
		f.s.frames = append(f.s.frames, line)
		f.s.mu.Unlock()
		return len(p), nil
	}
	return f.s.opts.Stderr.Write(p)
}

func (s *Session) reset() {
	stdin := s.opts.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	// Unrestricted: cells see the real environment, as in a program.
	in := interp.New(interp.Options{Stdout: s.opts.Stdout, Stderr: stderrFilter{s}, Stdin: stdin, Unrestricted: true})
	_ = in.Use(stdlib.Symbols)
	// os/exec, not the rest of yaegi's unrestricted set: os.Exit and
	// log.Fatal keep ending the cell rather than the process.
	_ = in.Use(interp.Exports{"os/exec/exec": unrestricted.Symbols["os/exec/exec"]})
	cellStdin := &Stdin{r: stdin}
	_ = in.Use(interp.Exports{"os/os": {"Stdin": reflect.ValueOf(&cellStdin).Elem()}})
	for _, sym := range s.opts.Symbols {
		_ = in.Use(sym)
	}
	exit := s.opts.Exit
	if exit == nil {
		exit = func(code int) { panic(&ExitError{Code: code}) }
	}
	_ = in.Use(interp.Exports{"os/os": {"Exit": reflect.ValueOf(exit)}})
	_ = in.Use(interp.Exports{linePkg + "/" + path.Base(linePkg): {"At": reflect.ValueOf(s.at)}})
	for _, p := range append([]string{fmt.Sprintf("import %s %q", lineName, linePkg)}, s.opts.Preludes...) {
		if _, err := in.Eval(p); err != nil {
			panic(fmt.Sprintf("session: prelude does not compile: %v", err))
		}
	}
	s.in = in
	s.imports = map[string]string{}
}

// notifyLog calls Options.OnLog if the log changed since the last call.
func (s *Session) notifyLog() {
	if s.opts.OnLog != nil && s.logGen != s.notifiedGen {
		s.notifiedGen = s.logGen
		s.opts.OnLog(s.Log())
	}
}

// LogGeneration changes whenever the declarations log changes.
func (s *Session) LogGeneration() int { return s.logGen }

// Log returns a copy of the declarations log.
func (s *Session) Log() []*cell.Decl { return append([]*cell.Decl(nil), s.log...) }

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
// Declarations are replayed one by one, in log order; one that refers to a
// declaration further on (a function calling one declared below it in the
// same cell, or one redefined later) fails at first and is tried again
// after the others, until a round brings no progress.
func (s *Session) Restore(log []*cell.Decl) []string {
	defer s.notifyLog()
	pending := log
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
	if d.Kind == cell.Import {
		s.imports[d.ImportName] = d.ImportPath
	}
	return nil
}

// record puts d into the log, replacing the entries it redefines.
func (s *Session) record(d *cell.Decl) {
	s.log = withDecl(s.log, d)
	s.logGen++
	for _, n := range d.Names {
		delete(s.state, n)
	}
}

// withDecl returns a new log: log without the entries d redefines, and d.
func withDecl(log []*cell.Decl, d *cell.Decl) []*cell.Decl {
	names := map[string]bool{}
	for _, n := range d.Names {
		names[n] = true
	}
	out := make([]*cell.Decl, 0, len(log)+1)
	for _, old := range log {
		if sameSpace(old.Kind, d.Kind) && covers(names, old.Names) {
			continue
		}
		out = append(out, old)
	}
	return append(out, d)
}

// sameSpace reports whether two kinds of declaration share a namespace
// (methods have their own, keyed "Type.Method"; imports their own).
func sameSpace(a, b cell.DeclKind) bool {
	group := func(k cell.DeclKind) int {
		switch k {
		case cell.Method:
			return 1
		case cell.Import:
			return 2
		}
		return 0
	}
	return group(a) == group(b)
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
	for _, d := range s.log {
		if sameSpace(d.Kind, kind) && d.Kind == kind {
			for _, n := range d.Names {
				if n == name {
					return true
				}
			}
		}
	}
	return false
}

// Execute runs one cell, numbered count. ctx cancels the evaluation (which
// leaves yaegi in a state the caller should not trust: see package doc of
// the kernel).
func (s *Session) Execute(ctx context.Context, code string, count int) (res Result, err error) {
	s.mu.Lock()
	s.frames = nil
	s.mu.Unlock()
	p, err := cell.Split(code, count)
	if err != nil {
		return res, s.compileError(err, count)
	}
	if err := reservedNames(p); err != nil {
		return res, &Error{Name: "CompileError", Value: err.Error(), Cause: err,
			Traceback: []string{fmt.Sprintf("Cell In[%d]: %v", count, err)}}
	}
	if len(p.StmtDefers) > 0 {
		line, col := lineCol(p.Stmts, p.StmtDefers[0])
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
			notes, err := s.rebuildWith(ctx, decls)
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
			redefined := s.redefinedFuncs(decls)
			for _, d := range decls {
				s.record(d)
			}
			if err := s.redeclareCallers(ctx, redefined, decls); err != nil {
				res.Notes = append(res.Notes, err.Error())
			}
		}
	}
	s.notifyLog()
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
		for _, n := range p.StmtNames {
			s.state[n] = count
		}
		s.noteMembers(p.StmtNames, p.StmtTypes)
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
	fn, err := s.in.Eval(t.Callee)
	if err != nil || !fn.IsValid() || fn.Kind() != reflect.Func {
		return false, false, false // a builtin, a type (a conversion), or not yet declared
	}
	ft := fn.Type()
	return ft.NumOut() == 1, true, ft.NumOut() == 1 && ft.Out(0) == reflect.TypeFor[error]()
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
			continue
		}
		if stub := failedStub(d, count); stub != "" {
			_, _ = s.in.Eval(stub)
		}
	}
}

// hasMethods reports whether the notebook declared any method.
func (s *Session) hasMethods() bool {
	for _, d := range s.log {
		if d.Kind == cell.Method {
			return true
		}
	}
	return false
}

// logged returns the log entry with key k, or nil.
func (s *Session) logged(k string) *cell.Decl {
	for _, d := range s.log {
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

// bundleOf extracts the display.Bundle that gofuturesBundle returned.
func bundleOf(v reflect.Value) display.Bundle {
	if v.IsValid() && v.CanInterface() {
		if b, ok := v.Interface().(display.Bundle); ok {
			return b
		}
	}
	return plainBundle(v)
}

// plainBundle renders a value through compiled code only.
func plainBundle(v reflect.Value) display.Bundle {
	if !v.IsValid() || !v.CanInterface() {
		return display.Text(FormatValue(v))
	}
	return display.BundleOf(v.Interface())
}

// needsRebuild reports whether decls redefine a type or a method, which
// yaegi would silently ignore.
func (s *Session) needsRebuild(decls []*cell.Decl) bool {
	for _, d := range decls {
		if d.Kind != cell.Type && d.Kind != cell.Method {
			continue
		}
		for _, n := range d.Names {
			if s.declared(d.Kind, n) {
				return true
			}
		}
	}
	return false
}

// rebuildWith starts a fresh interpreter, replays the log with decls in
// place of what they redefine, and reports the state that was reset.
func (s *Session) rebuildWith(ctx context.Context, decls []*cell.Decl) ([]string, error) {
	merged := s.log
	for _, d := range decls {
		merged = withDecl(merged, d)
	}
	oldIn, oldImports, oldLog, oldState, oldMembers, oldTypes := s.in, s.imports, s.log, s.state, s.members, s.types
	s.reset() // a fresh interpreter, bound to this session (tracebacks)
	s.log, s.state, s.members, s.types = nil, map[string]int{}, nil, nil
	if notes := s.Restore(merged); len(notes) > 0 {
		// A mistake in the new declarations: keep the session as it was.
		s.in, s.imports, s.log, s.state, s.members, s.types = oldIn, oldImports, oldLog, oldState, oldMembers, oldTypes
		s.logGen++
		s.notifyLog()
		return notes, errors.New(notes[0])
	}
	var names []string
	for _, d := range decls {
		names = append(names, string(d.Kind)+" "+strings.Join(d.Names, ", "))
	}
	note := "redefining " + strings.Join(names, "; ") + " started a fresh interpreter with the notebook's declarations"
	if lost := slices.Sorted(maps.Keys(oldState)); len(lost) > 0 {
		note += "; values set by statements were reset: " + strings.Join(lost, ", ")
	}
	return []string{note}, nil
}

// redefinedFuncs returns the names of funcs in decls that the log already
// had (before recording decls).
func (s *Session) redefinedFuncs(decls []*cell.Decl) map[string]bool {
	out := map[string]bool{}
	for _, d := range decls {
		if d.Kind == cell.Func && s.declared(cell.Func, d.Names[0]) {
			out[d.Names[0]] = true
		}
	}
	return out
}

// redeclareCallers re-evaluates every logged function that calls a
// redefined one (transitively), so it binds to the new definition.
func (s *Session) redeclareCallers(ctx context.Context, redefined map[string]bool, fresh []*cell.Decl) error {
	if len(redefined) == 0 {
		return nil
	}
	skip := map[*cell.Decl]bool{}
	for _, d := range fresh {
		skip[d] = true
	}
	changed := redefined
	var errs []string
	for len(changed) > 0 {
		next := map[string]bool{}
		for _, d := range s.Log() {
			if skip[d] || (d.Kind != cell.Func && d.Kind != cell.Method) {
				continue
			}
			if !mentions(d, changed) {
				continue
			}
			skip[d] = true
			if _, err := s.in.EvalWithContext(ctx, d.Src); err != nil {
				errs = append(errs, fmt.Sprintf("%s (cell %d) no longer compiles: %v", strings.Join(d.Names, ", "), d.Cell, err))
				continue
			}
			s.record(d)
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

func mentions(d *cell.Decl, names map[string]bool) bool {
	for _, r := range d.Refs {
		if names[r] {
			return true
		}
	}
	return false
}

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

// posPrefix matches the "line:col: " yaegi puts in front of compile errors
// (with or without a file name).
var posPrefix = regexp.MustCompile(`^(?:[^:\s]*\.go:)?(\d+):(\d+): `)

func (s *Session) compileError(err error, count int) *Error {
	var ce *cell.Error
	if errors.As(err, &ce) {
		return &Error{Name: "SyntaxError", Value: ce.Msg, Cause: err,
			Traceback: []string{fmt.Sprintf("Cell In[%d], line %d, column %d: %s", count, ce.Line, ce.Col, ce.Msg)}}
	}
	return &Error{Name: "SyntaxError", Value: err.Error(), Cause: err}
}

// evalError turns an error from yaegi into an *Error with a traceback that
// names cells and lines.
func (s *Session) evalError(err error, count int, compileName string, pm posMap) *Error {
	var p interp.Panic
	if errors.As(err, &p) {
		return s.panicError(p, count, nil)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &Error{Name: "KeyboardInterrupt", Value: "cell interrupted", Cause: err}
	}
	msg := err.Error()
	name := compileName
	if name == "" {
		name = "CompileError"
	}
	tb := []string{}
	if m := posPrefix.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		line, col = pm.cell(line, col)
		tb = append(tb, fmt.Sprintf("Cell In[%d], line %d, column %d: %s", count, line, col, msg))
	} else {
		tb = append(tb, fmt.Sprintf("Cell In[%d]: %s", count, msg))
	}
	// yaegi reports an undefined name on the left of := as a constant loop
	if strings.Contains(msg, "constant definition loop") {
		msg += " (is a name on the right-hand side undefined?)"
	}
	return &Error{Name: name, Value: msg, Traceback: tb, Cause: err}
}

func (s *Session) cellOf(fn string) int {
	for _, d := range s.log {
		for _, n := range d.Names {
			if n == fn {
				return d.Cell
			}
		}
	}
	return 0
}

// noteMembers records the fields and methods of the named variables, for
// completion after "value.": what reflection sees (fields of any struct,
// methods of compiled types) plus the logged methods of the cell type a
// composite literal names (yaegi's reflection does not carry those).
func (s *Session) noteMembers(names []string, types map[string]string) {
	if s.members == nil {
		s.members, s.types = map[string][]string{}, map[string]string{}
	}
	for _, n := range names {
		v, err := s.in.Eval(n)
		if err != nil || !v.IsValid() {
			continue
		}
		seen := map[string]bool{}
		t := v.Type()
		s.types[n] = typeName(t, types[n])
		for _, tt := range []reflect.Type{t, reflect.PointerTo(t)} {
			for i := range tt.NumMethod() {
				seen[tt.Method(i).Name] = true
			}
		}
		st := t
		if st.Kind() == reflect.Pointer {
			st = st.Elem()
		}
		if st.Kind() == reflect.Struct {
			for i := range st.NumField() {
				if f := st.Field(i); f.IsExported() {
					seen[f.Name] = true
				}
			}
		}
		if tn := types[n]; tn != "" {
			for _, d := range s.log {
				if d.Kind == cell.Method && strings.HasPrefix(d.Names[0], tn+".") {
					seen[strings.TrimPrefix(d.Names[0], tn+".")] = true
				}
			}
		}
		s.members[n] = slices.Sorted(maps.Keys(seen))
	}
}

// typeName names t for the kernel's completion: "path.Name" for a named
// compiled type (through one pointer), the notebook type a composite
// literal named (guess), or "".
func typeName(t reflect.Type, guess string) string {
	if guess != "" {
		return guess
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Name() == "" || t.PkgPath() == "" || t.PkgPath() == "main" {
		return ""
	}
	return t.PkgPath() + "." + t.Name()
}

// Types returns the types of the variables statements set, as
// "import/path.Name" for compiled types and "Name" for notebook types;
// unknown ones are missing.
func (s *Session) Types() map[string]string {
	out := make(map[string]string, len(s.types))
	for k, v := range s.types {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

// Members returns the fields and methods of the variables statements set
// (see noteMembers).
func (s *Session) Members() map[string][]string {
	out := make(map[string][]string, len(s.members))
	for k, v := range s.members {
		out[k] = v
	}
	return out
}

// Eval evaluates an expression in the session (for completion and tests).
func (s *Session) Eval(expr string) (reflect.Value, error) { return s.in.Eval(expr) }

// FormatValue renders a cell's value as text/plain.
func FormatValue(v reflect.Value) string {
	if !v.IsValid() {
		return ""
	}
	if v.CanInterface() {
		return fmt.Sprintf("%v", v.Interface())
	}
	return v.String()
}
