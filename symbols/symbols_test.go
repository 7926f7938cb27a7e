package symbols

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTablesAreCurrent fails when a package's exported API and its
// generated table differ: an exported name missing from the table (a
// cell could not use it) or a table entry the package no longer has (the
// table would not compile, so that is caught by the build). Run
// `go generate ./symbols` after changing an exported name.
func TestTablesAreCurrent(t *testing.T) {
	for _, dir := range []string{"executor", "display", "executor/cluster"} {
		importPath := "github.com/gofutures/gofutures/" + dir
		table := Symbols[importPath+"/"+path.Base(dir)]
		if table == nil {
			t.Errorf("no table for %s: run go generate ./symbols", importPath)
			continue
		}
		for _, name := range exported(t, filepath.Join("..", dir)) {
			if _, ok := table[name]; !ok {
				t.Errorf("%s.%s is exported but missing from its yaegi table: run go generate ./symbols", dir, name)
			}
		}
	}
}

// exported lists the exported top-level names of the package in dir that
// yaegi's extract writes into a table: everything but generic functions
// and types, which it skips.
func exported(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		if c := buildConstraint(f); c != "" {
			continue // a platform- or tag-specific file: extract sees the default build only
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() && d.Type.TypeParams == nil {
					names = append(names, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && s.TypeParams == nil {
							names = append(names, s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, id := range s.Names {
							if id.IsExported() {
								names = append(names, id.Name)
							}
						}
					}
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// buildConstraint returns the file's //go:build line, if any.
func buildConstraint(f *ast.File) string {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build ") {
				return c.Text
			}
		}
	}
	return ""
}
