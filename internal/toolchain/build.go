package toolchain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
)

// Build returns a program with the packages and compiled cells of spec:
// from the cache when one was built from the same inputs, else resolved
// with the go command (fetching modules through the module proxy),
// generated and built. Errors are *Error values (see the Err* kinds);
// a compiled cell's build errors name the cell and its line.
func (b *Builder) Build(ctx context.Context, spec Spec) (*Result, error) {
	r := b.runner()
	cells, infos, err := prepareCells(spec.Compiled)
	if err != nil {
		return nil, err
	}
	paths, err := thirdParty(spec, infos)
	if err != nil {
		return nil, err
	}
	info, self, unlock, err := b.begin(ctx, r)
	if err != nil {
		return nil, err
	}
	defer unlock()
	key, err := b.key(info, self, paths, cells, spec.Instances)
	if err != nil {
		return nil, err
	}
	if res, ok := b.cached(key); ok {
		res.Elapsed = time.Since(r.start)
		r.report("done", res.Path, true)
		return res, nil
	}

	if err := b.resolve(ctx, r, paths); err != nil {
		return nil, err
	}
	names, err := b.writeCells(ctx, r, cells, infos, spec.Interpreted)
	if err != nil {
		return nil, err
	}
	pkgs, err := b.generate(ctx, r, paths, info, spec.Instances)
	if err != nil {
		return nil, err
	}
	res, err := b.link(ctx, r, info, self, paths, cells, spec.Instances, manifest{Packages: pkgs, Compiled: names})
	if err != nil {
		return nil, err
	}
	r.report("done", res.Path, true)
	return res, nil
}

var cellNameRE = regexp.MustCompile(`[^A-Za-z0-9_\[\]().-]`)

// prepareCells names and parses the compiled cells.
func prepareCells(in []Cell) ([]Cell, []*cellInfo, error) {
	cells := make([]Cell, len(in))
	infos := make([]*cellInfo, len(in))
	for i, c := range in {
		c.Name = cellNameRE.ReplaceAllString(c.Name, "_")
		if c.Name == "" {
			c.Name = fmt.Sprintf("compiled[%d]", i+1)
		}
		ci, err := parseCell(c)
		if err != nil {
			return nil, nil, err
		}
		cells[i], infos[i] = c, ci
	}
	return cells, infos, nil
}

// goModJSON is the part of `go mod edit -json` used here.
type goModJSON struct {
	Require []struct{ Path, Version string }
}

// resolve adds to the notebook module the modules that provide paths and
// are not required yet.
func (b *Builder) resolve(ctx context.Context, r *goRunner, paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	out, err := r.run(ctx, "resolve", "go.mod", "mod", "edit", "-json")
	if err != nil {
		return classifyRun("go.mod", err)
	}
	var mod goModJSON
	if err := json.Unmarshal([]byte(out), &mod); err != nil {
		return fmt.Errorf("toolchain: reading go.mod: %w", err)
	}
	for _, p := range paths {
		if provided(mod, p) {
			continue
		}
		if _, err := r.run(ctx, "fetch", p, "get", p); err != nil {
			return classifyRun(p, err)
		}
	}
	return nil
}

// provided reports whether a module go.mod requires may provide path.
func provided(mod goModJSON, path string) bool {
	for _, req := range mod.Require {
		if path == req.Path || strings.HasPrefix(path, req.Path+"/") {
			return true
		}
	}
	return false
}

// classifyRun turns a go command's failure into an *Error.
func classifyRun(path string, err error) error {
	var re *runError
	if errors.As(err, &re) {
		return classify(path, re.out)
	}
	return err
}

// writeCells writes the compiled cells as the cells package and compiles
// it, so that its errors come back before anything else is built.
func (b *Builder) writeCells(ctx context.Context, r *goRunner, cells []Cell, infos []*cellInfo, interpreted []string) ([]string, error) {
	dir := filepath.Join(b.Dir, cellsDir)
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	if len(cells) == 0 {
		return nil, nil
	}
	for i, c := range cells {
		if err := writeFile(filepath.Join(dir, fmt.Sprintf("cell%03d.go", i+1)), cellFile(c)); err != nil {
			return nil, err
		}
	}
	if err := writeFile(filepath.Join(dir, "exports.go"), exportsFile(infos)); err != nil {
		return nil, err
	}
	if _, err := r.run(ctx, "compile", "%%compile cells", "build", "-mod=mod", "./"+cellsDir); err != nil {
		var re *runError
		if !errors.As(err, &re) {
			return nil, err
		}
		e := classify(CompiledPackage, re.out)
		if errors.Is(e, ErrBuild) {
			e.Diagnostics = parseDiagnostics(re.out)
			e.Path = ""
			e = mapCompiledErrors(e, cells, interpreted)
		}
		return nil, e
	}
	var names []string
	for _, ci := range infos {
		for _, n := range ci.names {
			if ci.kinds[n] != token.VAR {
				names = append(names, n)
			}
		}
	}
	sort.Strings(names)
	return names, nil
}

// generate writes the program's sources: main.go and an export table per
// package (written by yaegi's extract, run by the generator program).
func (b *Builder) generate(ctx context.Context, r *goRunner, paths []string, info toolchainInfo, ins []Instance) ([]Package, error) {
	prog := filepath.Join(b.Dir, programDir)
	old, _ := filepath.Glob(filepath.Join(prog, "sym_*.go"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return nil, fmt.Errorf("toolchain: %w", err)
		}
	}
	withCells := fileExists(filepath.Join(b.Dir, cellsDir))
	if err := writeFile(filepath.Join(prog, "main.go"), mainFile(b.entry(), withCells)); err != nil {
		return nil, err
	}
	// The instantiations are a package of the notebook module, extracted
	// like the third-party ones.
	if err := os.RemoveAll(filepath.Join(b.Dir, instancesDir)); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	if len(ins) > 0 {
		if err := writeFile(filepath.Join(b.Dir, instancesDir, "instances.go"), instancesFile(ins)); err != nil {
			return nil, err
		}
		paths = append(slices.Clone(paths), InstancesPackage)
	}
	if len(paths) == 0 {
		return nil, nil
	}
	if err := writeFile(filepath.Join(b.Dir, generatorDir, "main.go"), []byte(generatorFile)); err != nil {
		return nil, err
	}
	args := append([]string{"run", "-mod=mod", "./" + generatorDir, prog}, paths...)
	out, err := r.run(ctx, "extract", strings.Join(paths, " "), args...)
	if err != nil {
		var re *runError
		if errors.As(err, &re) {
			e := classify(strings.Join(paths, " "), re.out)
			if errors.Is(e, ErrBuild) && info.CGO == "0" && excludedByCgo(re.out) {
				e.Kind, e.Hint = ErrNeedsCgo, hintCgo
			}
			return nil, e
		}
		return nil, err
	}
	var pkgs []Package
	list := func(field string) []string {
		if names := strings.TrimSuffix(strings.TrimSuffix(field, "-"), ","); names != "" {
			return strings.Split(names, ",")
		}
		return nil
	}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) != 5 || f[0] != "extracted" {
			continue // the go command's own chatter
		}
		pkgs = append(pkgs, Package{Path: f[1], Name: f[2], GenericFuncs: list(f[3]), GenericTypes: list(f[4])})
	}
	return slices.DeleteFunc(pkgs, func(p Package) bool { return p.Path == InstancesPackage }), nil
}

// link builds the program into the cache under its final key (the go
// command may have completed go.mod and go.sum meanwhile).
func (b *Builder) link(ctx context.Context, r *goRunner, info toolchainInfo, self string, paths []string, cells []Cell, ins []Instance, m manifest) (*Result, error) {
	if err := os.MkdirAll(b.CacheDir, 0o755); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	tmp, err := os.MkdirTemp(b.CacheDir, "build-")
	if err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	defer os.RemoveAll(tmp)
	exe := filepath.Join(tmp, programName)
	if _, err := r.run(ctx, "build", "program", "build", "-mod=mod", "-v", "-o", exe, "./"+programDir); err != nil {
		var re *runError
		if errors.As(err, &re) {
			e := classify("program", re.out)
			if errors.Is(e, ErrBuild) && info.CGO == "0" && excludedByCgo(re.out) {
				e.Kind, e.Hint = ErrNeedsCgo, hintCgo
			}
			return nil, e
		}
		return nil, err
	}
	data, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(tmp, "manifest.json"), data, 0o644); err != nil {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	if err := b.writeCheckerFiles(ctx, r, tmp, paths, cells, ins); err != nil {
		return nil, err
	}
	key, err := b.key(info, self, paths, cells, ins)
	if err != nil {
		return nil, err
	}
	final := filepath.Join(b.CacheDir, key)
	if err := os.Rename(tmp, final); err != nil && !fileExists(filepath.Join(final, programName)) {
		return nil, fmt.Errorf("toolchain: %w", err)
	}
	touch(final)
	_ = b.prune() // best effort: a cache that cannot shrink still works
	return &Result{Path: filepath.Join(final, programName), Key: key, Elapsed: time.Since(r.start),
		Packages: m.Packages, Compiled: m.Compiled}, nil
}

// Get runs `go get query` in the notebook module (`%go get MODULE@VERSION`):
// the next Build links that version.
func (b *Builder) Get(ctx context.Context, query string) error {
	path, version, err := SplitQuery(query)
	if err != nil {
		return err
	}
	if err := belowKernel(path, version, kernelDeps()); err != nil {
		return err
	}
	r := b.runner()
	info, _, err := b.prepare(ctx, r)
	if err != nil {
		return err
	}
	unlock, err := b.lock()
	if err != nil {
		return err
	}
	defer unlock()
	if err := b.ensureModule(info); err != nil {
		return err
	}
	if _, err := r.run(ctx, "fetch", query, "get", query); err != nil {
		return classifyRun(path, err)
	}
	r.report("done", query, true)
	return nil
}

// GoMod returns the notebook module's go.mod (`%go mod`).
func (b *Builder) GoMod(ctx context.Context) (string, error) {
	r := b.runner()
	info, _, err := b.prepare(ctx, r)
	if err != nil {
		return "", err
	}
	unlock, err := b.lock()
	if err != nil {
		return "", err
	}
	defer unlock()
	if err := b.ensureModule(info); err != nil {
		return "", err
	}
	data, err := os.ReadFile(filepath.Join(b.Dir, "go.mod"))
	if err != nil {
		return "", fmt.Errorf("toolchain: %w", err)
	}
	return string(data), nil
}

// excludedByCgo reports whether the go command's output says a package has
// no files to build, as a cgo package has with CGO_ENABLED=0.
func excludedByCgo(out string) bool {
	return strings.Contains(out, "build constraints exclude all Go files") || strings.Contains(out, "no buildable Go source files")
}

// Files kept beside a program for the type checker of its interpreter
// (see ProgramCheckerFiles).
const (
	checkerSourceFile = "checker-decls.go.txt"
	exportsListFile   = "exports.txt"
)

// writeCheckerFiles writes, beside the program in dir, what a type checker
// needs to know the program's packages: the compiled cells' declarations
// as CheckerSource gives them, and the export data files of the packages
// (`go list -export -deps`), so that a fresh interpreter runs no go
// command to learn them.
func (b *Builder) writeCheckerFiles(ctx context.Context, r *goRunner, dir string, paths []string, cells []Cell, ins []Instance) error {
	src := ""
	if len(cells) > 0 {
		var err error
		if src, err = checkerSource(cells); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, checkerSourceFile), []byte(src), 0o644); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	pkgs := slices.Clone(paths)
	if len(cells) > 0 {
		pkgs = append(pkgs, CompiledPackage)
	}
	if len(ins) > 0 {
		pkgs = append(pkgs, InstancesPackage)
	}
	var list string
	if len(pkgs) > 0 {
		out, err := r.run(ctx, "build", "export data", append([]string{"list", "-mod=mod", "-e", "-export", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}} {{.Export}}{{end}}", "--"}, pkgs...)...)
		if err != nil {
			return classifyRun("export data", err)
		}
		list = out
	}
	if err := os.WriteFile(filepath.Join(dir, exportsListFile), []byte(list), 0o644); err != nil {
		return fmt.Errorf("toolchain: %w", err)
	}
	return nil
}

// ProgramCheckerFiles returns what the build left beside the program at
// exe for a type checker: the compiled cells' declarations (CheckerSource)
// and the export data files of the program's non-standard packages by
// import path. ok is false when exe is not a built program (or an older
// one).
func ProgramCheckerFiles(exe string) (decls string, exports map[string]string, ok bool) {
	dir := filepath.Dir(exe)
	src, err := os.ReadFile(filepath.Join(dir, checkerSourceFile))
	if err != nil {
		return "", nil, false
	}
	list, err := os.ReadFile(filepath.Join(dir, exportsListFile))
	if err != nil {
		return "", nil, false
	}
	exports = map[string]string{}
	for _, line := range strings.Split(string(list), "\n") {
		if f := strings.Fields(line); len(f) == 2 {
			exports[f[0]] = f[1]
		}
	}
	return string(src), exports, true
}
