package check

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// The type arguments of a compiled instantiation are written as the
// instances' package spells them; what that package cannot name is an
// error that says why.
func TestInstanceArgs(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell.go", `package main
type Point struct{ X int }
type hidden struct{ x int }
func G[T any](x T) { var _ T; _ = x }
var (
	a map[string][]func(int) (error, bool)
	b []Point
	c struct{ n int }
	d struct{ N int }
)`, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{}).Check("main", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	typeOf := func(name string) types.Type { return pkg.Scope().Lookup(name).Type() }
	timePkg := types.NewPackage("time", "time")
	duration := types.NewNamed(types.NewTypeName(token.NoPos, timePkg, "Duration", nil), types.Typ[types.Int64], nil)
	cellsPkg := types.NewPackage(toolchain.CompiledPackage, "cells")
	pair := types.NewNamed(types.NewTypeName(token.NoPos, cellsPkg, "Pair", nil), types.NewStruct(nil, nil), nil)
	imports := map[string]string{}
	for _, c := range []struct {
		t    types.Type
		want string
	}{
		{typeOf("a"), "map[string][]func(int) (error, bool)"},
		{typeOf("d"), "struct{N int}"},
		{types.NewMap(duration, types.NewPointer(pair)), "map[time.Duration]*cells.Pair"},
		// a %%compile cell's type, as the checker's model declares it
		{types.NewSlice(types.NewAlias(types.NewTypeName(token.NoPos, pkg, "Pair", nil), pair)), "[]cells.Pair"},
	} {
		got, err := instanceArg(c.t, imports)
		if err != nil || got != c.want {
			t.Errorf("instanceArg(%s) = %q, %v; want %q", c.t, got, err, c.want)
		}
	}
	if imports["time"] != "time" || imports["cells"] != toolchain.CompiledPackage || len(imports) != 2 {
		t.Errorf("imports %v", imports)
	}
	tparam := pkg.Scope().Lookup("G").Type().(*types.Signature).TypeParams().At(0)
	for _, c := range []struct {
		t    types.Type
		want string
	}{
		{typeOf("b"), "Point is declared in a cell"},
		{typeOf("hidden"), "hidden is declared in a cell"},
		{typeOf("c"), "field n is unexported"},
		{types.NewSlice(tparam), "type parameter T"},
		{types.NewAlias(types.NewTypeName(token.NoPos, pkg, "P", nil), typeOf("Point")), "Point is declared in a cell"},
	} {
		if _, err := instanceArg(c.t, map[string]string{}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("instanceArg(%s): %v, want an error saying %q", c.t, err, c.want)
		}
	}
	other := types.NewPackage("example.com/other/time", "time")
	clash := types.NewNamed(types.NewTypeName(token.NoPos, other, "Clock", nil), types.Typ[types.Int], nil)
	if _, err := instanceArg(types.NewMap(duration, clash), map[string]string{}); err == nil || !strings.Contains(err.Error(), "two packages time") {
		t.Errorf("two packages named time: %v", err)
	}
}
