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
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gofutures/gofutures"
)

// ErrNoStdlib is returned when neither the go command nor GOROOT's
// sources are available to type-check against.
var ErrNoStdlib = errors.New("check: the standard library's types are not available (no go command)")

// Importer imports the standard library from the go command's export
// data (listed once, with `go list -export std`, then read per package)
// and gofutures' own packages executor and display from the sources the
// module embeds. Packages are cached: each is read once per Importer.
// It is safe for concurrent use.
type Importer struct {
	fset *token.FileSet

	once    sync.Once
	listErr error
	exports map[string]string // std import path -> export data file
	names   map[string]string // std import path -> package name

	mu    sync.Mutex
	gc    types.ImporterFrom // reads export data through exports
	src   types.ImporterFrom // fallback: GOROOT sources
	cache map[string]*types.Package
	own   map[string]fs.FS // gofutures packages: import path -> sources
}

// Module is the import path prefix of gofutures' own packages.
const Module = "github.com/gofutures/gofutures"

// NewImporter returns an Importer; it starts listing the standard library
// in the background, so that the first cell does not wait for it.
func NewImporter() *Importer {
	imp := &Importer{fset: token.NewFileSet(), cache: map[string]*types.Package{}, own: map[string]fs.FS{}}
	for _, p := range []string{"executor", "display"} {
		if sub, err := fs.Sub(gofutures.LibrarySources(), p); err == nil {
			imp.own[Module+"/"+p] = sub
		}
	}
	go imp.list()
	return imp
}

// list runs `go list -export` over the standard library once.
func (imp *Importer) list() {
	imp.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "list", "-export", "-f", "{{.ImportPath}} {{.Name}} {{.Export}}", "std")
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
		cmd.Dir = os.TempDir()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		exports, names := map[string]string{}, map[string]string{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) >= 2 {
				names[f[0]] = f[1]
			}
			if len(f) == 3 {
				exports[f[0]] = f[2]
			}
		}
		imp.exports, imp.names = exports, names
		if err != nil && len(exports) == 0 {
			imp.listErr = fmt.Errorf("%w: go list: %v %s", ErrNoStdlib, err, strings.TrimSpace(stderr.String()))
			imp.src = importer.ForCompiler(imp.fset, "source", nil).(types.ImporterFrom)
			return
		}
		imp.gc = importer.ForCompiler(imp.fset, "gc", imp.lookup).(types.ImporterFrom)
	})
}

func (imp *Importer) lookup(p string) (io.ReadCloser, error) {
	f, ok := imp.exports[p]
	if !ok {
		return nil, fmt.Errorf("package %s is not in std", p)
	}
	return os.Open(f)
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
	imp.list()
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
	case imp.src != nil:
		pkg, err = imp.src.ImportFrom(p, "", 0)
	default:
		err = imp.listErr
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
