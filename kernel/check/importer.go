package check

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gofutures/gofutures"
	"github.com/gofutures/gofutures/internal/toolchain"
)

// ErrNoStdlib is returned when neither the go command nor GOROOT's
// sources are available to type-check against.
var ErrNoStdlib = errors.New("check: the standard library's types are not available (no go command)")

// Importer imports the standard library from the go command's export
// data (`go list -export -deps`, run for what a cell imports and not yet
// listed; the listing is kept in the user's cache directory, so that a
// restarted kernel does not run it again) and gofutures' own packages
// executor, executor/cluster and display from the sources the module
// embeds. Packages are cached: each is read once per Importer. It is safe
// for concurrent use.
type Importer struct {
	fset *token.FileSet

	namesOnce sync.Once
	names     map[string]string // std import path -> package name
	// stdImports are the paths each std package imports (a vendored
	// package's under vendor/)
	stdImports map[string][]string
	goCmd      string // the go command, "" when there is none

	mu       sync.Mutex
	exports  map[string]string // std import path -> export data file
	gc       types.ImporterFrom
	src      types.ImporterFrom // without a go command: GOROOT's sources
	cache    map[string]*types.Package
	own      map[string]fs.FS // gofutures packages: import path -> sources
	cacheKey string           // identifies the go command, for the disk cache

	// module is the notebook module of the program this process runs
	// ($GOFUTURES_MODULE, set by kernel/build), whose third-party packages
	// and compiled cells are imported from its export data; modExports are
	// their files, never written to the disk cache (the compiled cells
	// change from one program to the next).
	module     string
	modExports map[string]string
	// compiled is what toolchain.ProgramCheckerFiles found beside this
	// program: the compiled cells' declarations for the model; listed
	// says the program's export data came with it (no go list needed).
	compiled string
	listed   bool
}

// Module is the import path prefix of gofutures' own packages.
const Module = "github.com/gofutures/gofutures"

// ModuleEnv names the environment variable that gives the directory of
// the notebook module a built program links (see kernel/build).
const ModuleEnv = "GOFUTURES_MODULE"

// NewImporter returns an Importer; it lists the standard library's
// packages in the background, so that the first cell does not wait.
func NewImporter() *Importer {
	imp := &Importer{fset: token.NewFileSet(), cache: map[string]*types.Package{}, own: map[string]fs.FS{}, exports: map[string]string{},
		module: os.Getenv(ModuleEnv), modExports: map[string]string{}}
	for _, p := range []string{"executor", "executor/cluster", "display"} {
		if sub, err := fs.Sub(gofutures.LibrarySources(), p); err == nil {
			imp.own[Module+"/"+p] = sub
		}
	}
	if p, err := exec.LookPath(toolchain.GoCommand()); err == nil {
		imp.goCmd = p
		if st, err := os.Stat(p); err == nil {
			imp.cacheKey = fmt.Sprintf("%s %d %d", p, st.Size(), st.ModTime().UnixNano())
		}
		imp.loadCache()
		imp.gc = importer.ForCompiler(imp.fset, "gc", imp.lookup).(types.ImporterFrom)
	} else {
		imp.src = importer.ForCompiler(imp.fset, "source", nil).(types.ImporterFrom)
	}
	go imp.list()
	if imp.module != "" {
		if exe, err := os.Executable(); err == nil {
			if decls, exports, ok := toolchain.ProgramCheckerFiles(exe); ok {
				imp.compiled, imp.modExports, imp.listed = decls, exports, true
			}
		}
	}
	if imp.module != "" && !imp.listed {
		// what the first cells after a switch to a built program check
		// against: the compiled cells' package and the instantiations'
		go func() {
			imp.mu.Lock()
			defer imp.mu.Unlock()
			for _, p := range []string{toolchain.CompiledPackage, toolchain.InstancesPackage} {
				dir := filepath.Join(imp.module, strings.TrimPrefix(p, toolchain.NotebookModule+"/"))
				if _, err := os.Stat(dir); err == nil {
					imp.inModule(p)
				}
			}
		}()
	}
	return imp
}

// goList runs the go command's list with args, outside any module.
func (imp *Importer) goList(args ...string) ([]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, imp.goCmd, append([]string{"list"}, args...)...)
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off", "GO111MODULE=")
	cmd.Dir = os.TempDir()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, nil
}

// list lists the names of the standard library's packages and what
// each imports, once.
func (imp *Importer) list() {
	imp.namesOnce.Do(func() {
		names, imports := map[string]string{}, map[string][]string{}
		if imp.goCmd != "" {
			lines, _ := imp.goList("-f", "{{.ImportPath}} {{.Name}} {{join .Imports \" \"}}", "std")
			for _, l := range lines {
				if f := strings.Fields(l); len(f) >= 2 {
					names[f[0]], imports[f[0]] = f[1], f[2:]
				}
			}
		}
		imp.names, imp.stdImports = names, imports
	})
}

// lookup opens the export data of std package p (the lock is held),
// listing it and its dependencies first when need be.
func (imp *Importer) lookup(p string) (io.ReadCloser, error) {
	if f, ok := imp.exports[p]; ok {
		if r, err := os.Open(f); err == nil {
			return r, nil
		}
	}
	if f, ok := imp.modExports[p]; ok {
		return os.Open(f)
	}
	if imp.module != "" && imp.inModule(p) {
		return os.Open(imp.modExports[p])
	}
	if strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
		return nil, fmt.Errorf("package %s is not in std", p)
	}
	lines, err := imp.goList("-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", p)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) == 2 {
			imp.exports[f[0]] = f[1]
		}
	}
	imp.saveCache()
	f, ok := imp.exports[p]
	if !ok {
		return nil, fmt.Errorf("package %s is not in std", p)
	}
	return os.Open(f)
}

// prefetch lists the export data of those of paths not listed yet, in
// one run of the go command (the lock is held).
func (imp *Importer) prefetch(paths []string) {
	var missing []string
	for _, p := range paths {
		if _, ok := imp.exports[p]; !ok && imp.goCmd != "" && imp.own[p] == nil && p != "unsafe" && !strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return
	}
	lines, err := imp.goList(append([]string{"-e", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}"}, missing...)...)
	if err != nil {
		return
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) == 2 {
			imp.exports[f[0]] = f[1]
		}
	}
	imp.saveCache()
}

// Prefetch makes sure the standard-library packages paths are listed,
// with one run of the go command for all that are not.
func (imp *Importer) Prefetch(paths ...string) {
	imp.mu.Lock()
	defer imp.mu.Unlock()
	imp.prefetch(paths)
}

func (imp *Importer) cacheFile() string {
	dir, err := os.UserCacheDir()
	if err != nil || imp.cacheKey == "" {
		return ""
	}
	return filepath.Join(dir, "gofutures", "std-exports.txt")
}

// loadCache reads the export data files listed by an earlier Importer
// with the same go command.
func (imp *Importer) loadCache() {
	f := imp.cacheFile()
	if f == "" {
		return
	}
	b, err := os.ReadFile(f)
	if err != nil {
		return
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) == 0 || lines[0] != imp.cacheKey {
		return
	}
	for _, l := range lines[1:] {
		if p, file, ok := strings.Cut(l, " "); ok {
			imp.exports[p] = file
		}
	}
}

// saveCache writes the listing (the lock is held); errors are ignored:
// the cache only saves time.
func (imp *Importer) saveCache() {
	f := imp.cacheFile()
	if f == "" {
		return
	}
	var b strings.Builder
	b.WriteString(imp.cacheKey)
	for p, file := range imp.exports {
		b.WriteString("\n" + p + " " + file)
	}
	if os.MkdirAll(filepath.Dir(f), 0o755) != nil {
		return
	}
	tmp := f + fmt.Sprint(".", os.Getpid())
	if os.WriteFile(tmp, []byte(b.String()), 0o644) == nil {
		_ = os.Rename(tmp, f)
	}
}

// StdPackages returns the import paths of the standard library's
// packages by name (internal and vendored ones left out).
func (imp *Importer) StdPackages() map[string][]string {
	imp.list()
	out := map[string][]string{}
	for p, n := range imp.names {
		if strings.Contains(p, "internal") || strings.HasPrefix(p, "vendor/") || n == "main" {
			continue
		}
		out[n] = append(out[n], p)
	}
	for _, ps := range out {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i]) != len(ps[j]) {
				return len(ps[i]) < len(ps[j])
			}
			return ps[i] < ps[j]
		})
	}
	return out
}

// inModule lists the export data of p and its dependencies in the
// notebook module (the lock is held) and reports whether p is there.
func (imp *Importer) inModule(p string) bool {
	if imp.goCmd == "" || imp.module == "" {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, imp.goCmd, "list", "-e", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", "--", p)
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GO111MODULE=on")
	cmd.Dir = imp.module
	out, err := cmd.Output()
	if err != nil {
		return false
	}
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) == 2 {
			if _, std := imp.exports[f[0]]; !std {
				imp.modExports[f[0]] = f[1]
			}
		}
	}
	_, ok := imp.modExports[p]
	return ok
}

// Known reports whether the checker can import p: a package of the
// standard library, of gofutures, or of the notebook module the program
// links (its third-party packages and compiled cells).
func (imp *Importer) Known(p string) bool {
	if imp.IsStd(p) || imp.own[p] != nil {
		return true
	}
	if imp.module == "" || strings.HasPrefix(p, "-") {
		return false
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	if _, ok := imp.modExports[p]; ok {
		return true
	}
	return imp.inModule(p)
}

// linked reports whether p is a package of the notebook module the
// program links (a third-party package, the compiled cells', the
// instances'), as its export data says.
func (imp *Importer) linked(p string) bool {
	if imp.module == "" {
		return false
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	_, ok := imp.modExports[p]
	return ok
}

// programHas reports whether the program has the instantiation name in
// its instances' package (toolchain.InstancesPackage).
func (imp *Importer) programHas(name string) bool {
	if !imp.linked(toolchain.InstancesPackage) {
		return false
	}
	pkg, err := imp.Import(toolchain.InstancesPackage)
	return err == nil && pkg.Scope().Lookup(name) != nil
}

// IsStd reports whether p is a standard-library package.
func (imp *Importer) IsStd(p string) bool {
	imp.list()
	_, ok := imp.names[p]
	return ok || (imp.names == nil && !strings.Contains(strings.SplitN(p, "/", 2)[0], "."))
}

// Import implements types.Importer.
func (imp *Importer) Import(p string) (*types.Package, error) { return imp.ImportFrom(p, "", 0) }

// ImportFrom implements types.ImporterFrom.
func (imp *Importer) ImportFrom(p, dir string, mode types.ImportMode) (*types.Package, error) {
	if p == "unsafe" {
		return types.Unsafe, nil
	}
	imp.mu.Lock()
	defer imp.mu.Unlock()
	return imp.importLocked(p)
}

func (imp *Importer) importLocked(p string) (*types.Package, error) {
	if pkg, ok := imp.cache[p]; ok {
		return pkg, nil
	}
	var pkg *types.Package
	var err error
	switch {
	case imp.own[p] != nil:
		pkg, err = imp.importOwn(p)
	case imp.gc != nil:
		pkg, err = imp.gc.ImportFrom(p, "", 0)
		if err == nil && imp.IsStd(p) {
			imp.withStdDeps(p, pkg)
		}
	case imp.src != nil:
		pkg, err = imp.src.ImportFrom(p, "", 0)
	default:
		err = ErrNoStdlib
	}
	if err != nil {
		return nil, err
	}
	imp.cache[p] = pkg
	return pkg, nil
}

// importOwn type-checks one of gofutures' packages from its embedded
// sources, without function bodies. Its imports outside the standard
// library and this module (gonum's plot) may be missing on the machine:
// they become empty packages, whose names then have invalid types, which
// go/types reports nothing more about.
func (imp *Importer) importOwn(p string) (*types.Package, error) {
	fsys := imp.own[p]
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(imp.fset, path.Join(p, e.Name()), b, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	var deps []string
	for _, f := range files {
		for _, is := range f.Imports {
			deps = append(deps, strings.Trim(is.Path.Value, "\"`"))
		}
	}
	imp.prefetch(deps)
	conf := types.Config{
		IgnoreFuncBodies: true,
		Importer:         ownDeps{imp},
		Error:            func(error) {}, // missing dependencies: keep going
	}
	pkg, _ := conf.Check(p, imp.fset, files, nil)
	if pkg == nil {
		return nil, fmt.Errorf("check: cannot type-check %s", p)
	}
	return pkg, nil
}

// ownDeps imports the dependencies of gofutures' packages (the Importer's
// lock is held).
type ownDeps struct{ imp *Importer }

func (d ownDeps) Import(p string) (*types.Package, error) {
	if p == "unsafe" {
		return types.Unsafe, nil
	}
	if pkg, err := d.imp.importLocked(p); err == nil {
		return pkg, nil
	}
	// not available here (internal packages of this module, gonum):
	// an empty, complete package
	pkg := types.NewPackage(p, path.Base(p))
	pkg.MarkComplete()
	d.imp.cache[p] = pkg
	return pkg, nil
}
