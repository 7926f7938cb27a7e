package mono

import (
	"context"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// checked is a cell parsed and type-checked as package main.
type checked struct {
	fset *token.FileSet
	file *ast.File
	pkg  *types.Package
	info *types.Info
	src  string
}

func newInfo() *types.Info {
	return &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Scopes:     map[ast.Node]*types.Scope{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
	}
}

var testImporter = importer.Default()

func check(t testing.TB, src string) *checked {
	t.Helper()
	c := &checked{fset: token.NewFileSet(), info: newInfo(), src: src}
	var err error
	c.file, err = parser.ParseFile(c.fset, "cell.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: testImporter}
	c.pkg, err = conf.Check("main", c.fset, []*ast.File{c.file}, c.info)
	if err != nil {
		t.Fatalf("cell does not type-check: %v", err)
	}
	return c
}

func specialize(t testing.TB, s *Specializer, c *checked) *Result {
	t.Helper()
	r, err := s.Specialize(context.Background(), c.cell())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (c *checked) cell() *Cell {
	return &Cell{Fset: c.fset, Files: []*ast.File{c.file}, Src: map[string][]byte{"cell.go": []byte(c.src)}, Pkg: c.pkg, Info: c.info}
}
