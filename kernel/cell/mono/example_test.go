package mono_test

import (
	"context"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"

	"github.com/gofutures/gofutures/kernel/cell/mono"
)

func ExampleSpecializer_Specialize() {
	const cell = `package main

import "cmp"

type Celsius float64

func warmer(a, b Celsius) int { return cmp.Compare(a, b) }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell.go", cell, 0)
	if err != nil {
		panic(err)
	}
	info := &types.Info{
		Defs:      map[*ast.Ident]types.Object{},
		Uses:      map[*ast.Ident]types.Object{},
		Instances: map[*ast.Ident]types.Instance{},
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("main", fset, []*ast.File{f}, info)
	if err != nil {
		panic(err)
	}

	s := mono.New(mono.Options{})
	r, err := s.Specialize(context.Background(), &mono.Cell{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, Info: info})
	if err != nil {
		panic(err)
	}
	for _, e := range r.Edits {
		fmt.Printf("%s: %s\n", fset.Position(e.Pos), e.Name)
	}
	for _, d := range r.Decls {
		fmt.Printf("%s declares %s, needs %v\n", d.Key, d.Name, d.Deps)
	}
	// Output:
	// cell.go:7:40: cmpꞏCompareꞏCelsius
	// cmp.Compare[main.Celsius] declares cmpꞏCompareꞏCelsius, needs [cmp.isNaN[main.Celsius]]
	// cmp.isNaN[main.Celsius] declares cmpꞏisNaNꞏCelsius, needs []
}
