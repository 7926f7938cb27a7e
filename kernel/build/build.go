// Package build runs a notebook's cells on a program built for it: it
// wraps the supervisor (package kernel/supervisor) and, when a cell imports
// a package from outside the standard library and gofutures, is a
// %%compile cell, or is a %go magic, builds the notebook's program with
// internal/toolchain, restarts the interpreter on it and restores the
// notebook's declarations, showing the build's progress in one display
// that updates in place.
//
// Magics:
//
//	%%compile            first line of a cell of declarations compiled natively
//	%go get MODULE@VER   pin a module version (several queries allowed)
//	%go mod              show the notebook module's go.mod
package build

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/magic"
	"github.com/gofutures/gofutures/kernel/supervisor"
)

// ModuleEnv is the environment variable that gives an interpreter process
// running a built program the directory of the notebook's module: `go list
// -export -deps PACKAGE` there finds the export data of the third-party
// packages and of the compiled cells' package (gofuturesnb.local/cells) that the
// program links, for type-checking cells.
const ModuleEnv = check.ModuleEnv

// Interpreter is a kernel.Interpreter that builds programs for the
// notebook as its cells need them.
type Interpreter struct {
	*supervisor.Supervisor

	// NewBuilder returns the builder of the notebook's programs; it is
	// called once, on the first cell that needs one (nil: DefaultBuilder).
	NewBuilder func() (*toolchain.Builder, error)

	out kernel.Output // also given to the supervisor

	mu        sync.Mutex
	base      string // the program the kernel started with
	builder   *toolchain.Builder
	running   contents // what the program now running links
	program   string   // the program now running
	packages  map[string]toolchain.Package
	displayID int
	current   *progress       // the display of the build in progress
	announced map[string]bool // packages whose generics a summary named
}

// contents is what a program links besides gofutures.
type contents struct {
	imports   []string // third-party packages cells import
	compiled  []toolchain.Cell
	instances []toolchain.Instance
}

// New returns an Interpreter running cells on sup, whose Path is the
// program without third-party packages.
func New(sup *supervisor.Supervisor) *Interpreter {
	return &Interpreter{Supervisor: sup, base: sup.Path, program: sup.Path}
}

// DefaultBuilder keeps the notebook's module under the cache directory,
// keyed by the notebook (see NotebookKey), builds with the go command of
// $GOFUTURES_GO or $PATH (toolchain.GoCommand), and links the gofutures this kernel was built
// from.
func DefaultBuilder() (*toolchain.Builder, error) {
	key, err := NotebookKey()
	if err != nil {
		return nil, err
	}
	dir, err := toolchain.NotebookDir(key)
	if err != nil {
		return nil, err
	}
	cache, err := toolchain.CacheDir()
	if err != nil {
		return nil, err
	}
	self, err := toolchain.LocateSelf()
	if err != nil {
		return nil, err
	}
	return &toolchain.Builder{Dir: dir, CacheDir: cache, Self: self}, nil
}

// NotebookEnv is the environment variable that names the notebook to the
// processes of its kernel (see NotebookKey): the kernel sets it for its
// interpreter, so that both find the same notebook module.
const NotebookEnv = "GOFUTURES_NOTEBOOK"

// NotebookKey returns what identifies the notebook: $GOFUTURES_NOTEBOOK,
// else jupyter_server's JPY_SESSION_NAME (the notebook's path), else the
// working directory.
func NotebookKey() (string, error) {
	if key := os.Getenv(NotebookEnv); key != "" {
		return key, nil
	}
	if key := os.Getenv("JPY_SESSION_NAME"); key != "" {
		return key, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("build: the notebook's key: %w", err)
	}
	return wd, nil
}

// SetOutput directs the output of cells and of builds to out.
func (in *Interpreter) SetOutput(out kernel.Output) {
	in.mu.Lock()
	in.out = out
	in.mu.Unlock()
	in.Supervisor.SetOutput(out)
}

// Execute runs a cell, building a program for it first when it needs one.
func (in *Interpreter) Execute(ctx context.Context, c kernel.Cell) kernel.ExecuteResult {
	if call, ok := magic.Parse(c.Code); ok {
		return in.runMagic(ctx, c, call)
	}
	if off, ok := magic.LaterMagic(c.Code); ok {
		// Go code, then a line magic: the code runs, then the magic
		// with what follows it (lines keep their numbers)
		head := c
		head.Code = c.Code[:off]
		if res := in.execute(ctx, head); res.Status != "ok" {
			return res
		}
		c.Code = strings.Repeat("\n", strings.Count(c.Code[:off], "\n")) + c.Code[off:]
		return in.Execute(ctx, c)
	}
	return in.execute(ctx, c)
}

// execute runs a cell of Go code.
func (in *Interpreter) execute(ctx context.Context, c kernel.Cell) kernel.ExecuteResult {
	if res, ok := in.importsFor(ctx, c); !ok {
		return res
	}
	code, res, ok := in.instancesFor(ctx, c)
	if !ok {
		return res
	}
	c.Code = code
	res, needs := in.Supervisor.ExecuteCell(ctx, c)
	if len(needs) == 0 {
		if res.Status == "error" {
			in.mu.Lock()
			compiled := in.running.compiled
			in.mu.Unlock()
			res = compiledVarHint(res, compiled)
		}
		return res
	}
	return in.withInstances(ctx, c, needs, res)
}

// compiledVarHint adds to the "undefined: x" errors of a cell that uses a
// variable of a %%compile cell why it is undefined.
func compiledVarHint(res kernel.ExecuteResult, compiled []toolchain.Cell) kernel.ExecuteResult {
	if res.EName != "CompileError" {
		return res
	}
	for _, c := range compiled {
		for _, v := range toolchain.DeclaredVars(c) {
			re := regexp.MustCompile(`undefined: ` + regexp.QuoteMeta(v) + `\b`)
			hint := "undefined: " + v + " (a variable of a %%compile cell: its compiled code uses it, cells do not see it; " +
				"give that cell a func that reads or sets it)"
			res.EValue = re.ReplaceAllLiteralString(res.EValue, hint)
			res.Traceback = slices.Clone(res.Traceback)
			for i, l := range res.Traceback {
				if re.MatchString(l) {
					res.Traceback[i] = re.ReplaceAllLiteralString(l, hint)
					break // once is enough
				}
			}
		}
	}
	return res
}

// withInstances builds a program with the instantiations of compiled
// generics that the cell c uses (the interpreter's checker found them,
// explicit or inferred, and refused the cell: nothing ran) and runs c
// there, once. A build that fails changes nothing: the running program
// and the notebook stay as they were.
func (in *Interpreter) withInstances(ctx context.Context, c kernel.Cell, needs []toolchain.Instance, refused kernel.ExecuteResult) kernel.ExecuteResult {
	in.mu.Lock()
	want := in.running
	in.mu.Unlock()
	var added []toolchain.Instance
	for _, n := range needs {
		if !slices.ContainsFunc(want.instances, sameAs(n)) && !slices.ContainsFunc(added, sameAs(n)) {
			added = append(added, n)
		}
	}
	if len(added) == 0 {
		return refused // the program has them, and the checker does not see them
	}
	want.instances = append(slices.Clone(want.instances), added...)
	var what []string
	for _, a := range added {
		what = append(what, fmt.Sprintf("%s.%s[%s]", a.Path, a.Name, strings.Join(a.TypeArgs, ", ")))
	}
	if _, err := in.rebuild(ctx, "instantiate "+strings.Join(what, ", "), want, nil); err != nil {
		return buildError(err)
	}
	res, _ := in.Supervisor.ExecuteCell(ctx, c)
	return res
}

// Restart forgets the notebook: the interpreter runs the program the
// kernel started with, without third-party packages or compiled cells.
func (in *Interpreter) Restart() error {
	in.mu.Lock()
	switched := in.program != in.base
	in.running, in.program, in.packages = contents{}, in.base, nil
	in.mu.Unlock()
	if switched {
		_, _, err := in.Supervisor.Switch(in.base, nil, func(*cell.Decl) bool { return true })
		return err
	}
	return in.Supervisor.Restart()
}

// importsFor builds a program with the third-party packages c imports, if
// the running one lacks them; ok is false when c must not run.
func (in *Interpreter) importsFor(ctx context.Context, c kernel.Cell) (kernel.ExecuteResult, bool) {
	if !strings.Contains(c.Code, "import") {
		// no import declaration: spared the parse (7-20 µs of a
		// trivial cell's time in the kernel)
		return kernel.ExecuteResult{}, true
	}
	p, err := cell.Split(c.Code, c.Count)
	if err != nil {
		return kernel.ExecuteResult{}, true // the interpreter reports it
	}
	in.mu.Lock()
	var added []string
	for _, d := range p.Decls {
		path := d.ImportPath
		if d.Kind != cell.Import || toolchain.IsStandard(path) || path == toolchain.SelfModule ||
			strings.HasPrefix(path, toolchain.SelfModule+"/") || path == toolchain.CompiledPackage || path == toolchain.InstancesPackage ||
			slices.Contains(in.running.imports, path) || slices.Contains(added, path) {
			continue
		}
		if err := toolchain.CheckImportPath(path); err != nil {
			in.mu.Unlock()
			return errorResult("ImportError", err), false
		}
		added = append(added, path)
	}
	want := in.running
	want.imports = append(slices.Clone(want.imports), added...)
	in.mu.Unlock()
	if len(added) == 0 {
		return kernel.ExecuteResult{}, true
	}
	what := "import " + strings.Join(added, ", ")
	if _, err := in.rebuild(ctx, what, want, nil); err != nil {
		return buildError(err), false
	}
	return kernel.ExecuteResult{}, true
}

// rebuild builds the program with want and switches
// the interpreter to it; drop says which interpreted declarations the
// new program replaces.
func (in *Interpreter) rebuild(ctx context.Context, what string, want contents, drop func(*cell.Decl) bool) (*toolchain.Result, error) {
	b, err := in.getBuilder()
	if err != nil {
		return nil, err
	}
	var interpreted []string
	for _, d := range in.Supervisor.Namespace().Decls {
		if d.Kind != cell.Import && d.Kind != cell.Method {
			interpreted = append(interpreted, d.Names...)
		}
	}
	disp := in.newProgress(what)
	res, err := b.Build(ctx, toolchain.Spec{Imports: want.imports, Compiled: want.compiled, Instances: want.instances, Interpreted: interpreted})
	if err != nil {
		disp.fail(err)
		return nil, err
	}
	in.mu.Lock()
	same := res.Path == in.program
	in.mu.Unlock()
	var lost, notes []string
	if !same || drop != nil {
		// The interpreter's type checker finds the program's packages
		// (and the compiled cells) in the notebook module.
		env := []string{ModuleEnv + "=" + b.Dir}
		if lost, notes, err = in.Supervisor.Switch(res.Path, env, drop); err != nil {
			disp.fail(err)
			return nil, err
		}
	}
	in.mu.Lock()
	in.running, in.program = want, res.Path
	in.packages = map[string]toolchain.Package{}
	for _, p := range res.Packages {
		in.packages[p.Path] = p
	}
	in.mu.Unlock()
	disp.done(res, lost)
	if out := in.output(); out != nil && len(notes) > 0 {
		out.Stream("stderr", "note: "+strings.Join(notes, "\nnote: ")+"\n")
	}
	return res, nil
}

func (in *Interpreter) getBuilder() (*toolchain.Builder, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.builder == nil {
		newBuilder := in.NewBuilder
		if newBuilder == nil {
			newBuilder = DefaultBuilder
		}
		b, err := newBuilder()
		if err != nil {
			return nil, err
		}
		b.Progress = in.reportProgress
		in.builder = b
	}
	return in.builder, nil
}

func (in *Interpreter) output() kernel.Output {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.out
}

// errorResult is a cell's error.
func errorResult(ename string, err error) kernel.ExecuteResult {
	msg := err.Error()
	return kernel.ExecuteResult{Status: "error", EName: ename, EValue: msg, Traceback: strings.Split(ename+": "+msg, "\n")}
}

// buildError is the result of a cell whose program did not build: its
// kind names the error (ModuleNotFound, VersionNotFound, Offline, NeedsCgo,
// InvalidImportPath, CompileError).
func buildError(err error) kernel.ExecuteResult {
	name := "BuildError"
	for _, k := range []struct {
		err  error
		name string
	}{
		{toolchain.ErrInvalidImportPath, "ImportError"},
		{toolchain.ErrModuleNotFound, "ModuleNotFound"},
		{toolchain.ErrVersionNotFound, "VersionNotFound"},
		{toolchain.ErrOffline, "ModuleOffline"},
		{toolchain.ErrNeedsCgo, "NeedsCgo"},
		{toolchain.ErrCompiledUsesInterpreted, "CompileError"},
		{toolchain.ErrNoSource, "BuildError"},
		{context.Canceled, "KeyboardInterrupt"},
	} {
		if errors.Is(err, k.err) {
			name = k.name
			break
		}
	}
	var te *toolchain.Error
	if errors.As(err, &te) && errors.Is(te.Kind, toolchain.ErrBuild) && len(te.Diagnostics) > 0 {
		name = "CompileError"
	}
	return errorResult(name, err)
}

var _ kernel.Interpreter = (*Interpreter)(nil)

// fmtNames is "a, b and c".
func fmtNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return fmt.Sprintf("%s and %s", strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}
