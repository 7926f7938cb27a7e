package complete

import (
	"go/ast"
	"go/doc"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/gofutures/gofutures"
)

var pkgCache sync.Map // import path -> *doc.Package (or nil)

// modulePrefix starts the import paths of gofutures' own packages, whose
// sources the binary carries (gofutures.LibrarySources).
const modulePrefix = "github.com/gofutures/gofutures/"

// stdPackage parses the documentation of a package: one of the standard
// library's, from GOROOT's sources when they are present, or one of
// gofutures' own.
func stdPackage(path string) *doc.Package {
	if v, ok := pkgCache.Load(path); ok {
		p, _ := v.(*doc.Package)
		return p
	}
	src, dir := os.DirFS(filepath.Join(runtime.GOROOT(), "src")), path
	if rel, ok := strings.CutPrefix(path, modulePrefix); ok {
		src, dir = gofutures.LibrarySources(), rel
	}
	p := parsePackage(src, dir, path) // fs.FS refuses paths that leave it
	pkgCache.Store(path, p)
	return p
}

// parsePackage parses the package in directory dir of src.
func parsePackage(src fs.FS, dir, path string) *doc.Package {
	entries, err := fs.ReadDir(src, dir)
	if err != nil {
		return nil
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		text, err := fs.ReadFile(src, dir+"/"+n)
		if err != nil {
			continue
		}
		if f, err := parser.ParseFile(fset, n, text, parser.ParseComments); err == nil {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return nil
	}
	p, _ := doc.NewFromFiles(fset, files, path)
	return p
}

// packageMembers lists the exported names of a package.
func packageMembers(path string) []string {
	p := stdPackage(path)
	if p == nil {
		return nil
	}
	var out []string
	for _, f := range p.Funcs {
		out = append(out, f.Name)
	}
	for _, t := range p.Types {
		out = append(out, t.Name)
		for _, f := range t.Funcs {
			out = append(out, f.Name)
		}
	}
	for _, v := range append(append([]*doc.Value{}, p.Vars...), p.Consts...) {
		out = append(out, v.Names...)
	}
	for _, t := range p.Types {
		for _, v := range append(append([]*doc.Value{}, t.Vars...), t.Consts...) {
			out = append(out, v.Names...)
		}
	}
	sort.Strings(out)
	return out
}

// packageDoc returns the signature and doc comment of pkg.name.
func packageDoc(path, name string) string {
	p := stdPackage(path)
	if p == nil {
		return ""
	}
	fset := token.NewFileSet()
	sig := func(decl ast.Node) string {
		var b strings.Builder
		if fd, ok := decl.(*ast.FuncDecl); ok {
			fd.Body = nil
		}
		_ = format.Node(&b, fset, decl)
		return b.String()
	}
	for _, f := range p.Funcs {
		if f.Name == name {
			return sig(f.Decl) + "\n\n" + f.Doc
		}
	}
	for _, t := range p.Types {
		if t.Name == name {
			return sig(t.Decl) + "\n\n" + t.Doc
		}
		for _, f := range t.Funcs {
			if f.Name == name {
				return sig(f.Decl) + "\n\n" + f.Doc
			}
		}
	}
	for _, v := range append(append([]*doc.Value{}, p.Vars...), p.Consts...) {
		for _, n := range v.Names {
			if n == name {
				return sig(v.Decl) + "\n\n" + v.Doc
			}
		}
	}
	return ""
}
