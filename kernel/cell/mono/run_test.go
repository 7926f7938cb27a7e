package mono

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// merge specialises src, rewrites it and appends the generated code, and
// returns the single file that results, type-checked.
func merge(t *testing.T, s *Specializer, src string) (string, *types.Info, *ast.File) {
	t.Helper()
	c := check(t, src)
	r := specialize(t, s, c)
	r.Rewrite([]*ast.File{c.file})
	used := map[string]bool{}
	ast.Inspect(c.file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	have := map[string]bool{}
	for _, d := range c.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		keep := gd.Specs[:0]
		for _, sp := range gd.Specs {
			is := sp.(*ast.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			pn := c.info.Implicits[is]
			if is.Name != nil {
				pn = c.info.Defs[is.Name]
			}
			if used[pn.Name()] {
				keep = append(keep, sp)
				have[p] = true
			}
		}
		gd.Specs = keep
	}
	var extra []ast.Spec
	for _, p := range r.Imports {
		if !have[p] {
			extra = append(extra, &ast.ImportSpec{Path: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(p)}})
		}
	}
	if len(extra) > 0 {
		c.file.Decls = append([]ast.Decl{&ast.GenDecl{Tok: token.IMPORT, Lparen: 1, Specs: extra}}, c.file.Decls...)
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, c.fset, c.file); err != nil {
		t.Fatal(err)
	}
	for _, d := range r.Decls {
		b.WriteString("\n" + d.Src + "\n")
	}
	out, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatalf("merged program does not parse: %v\n%s", err, b.String())
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "merged.go", out, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := newInfo()
	conf := types.Config{Importer: testImporter}
	if _, err := conf.Check("main", fset, []*ast.File{f}, info); err != nil {
		t.Fatalf("specialised program does not type-check: %v\n%s", err, out)
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Type.TypeParams != nil && strings.Contains(fd.Name.Name, Sep) {
			t.Errorf("generic function %s left in the output", fd.Name.Name)
		}
	}
	return string(out), info, f
}

// needsLowering lists what in f yaegi v0.16.1 does not run and the check
// package lowers: range over functions and integers, min, max, clear, and
// type switches and assertions on interface types.
func needsLowering(info *types.Info, f *ast.File) []string {
	var why []string
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.RangeStmt:
			switch u := info.TypeOf(x.X).Underlying().(type) {
			case *types.Signature:
				why = append(why, "range over func")
			case *types.Basic:
				if u.Info()&types.IsInteger != 0 {
					why = append(why, "range over int")
				}
			}
		case *ast.TypeAssertExpr:
			if x.Type != nil && types.IsInterface(info.TypeOf(x.Type)) {
				why = append(why, "assertion to an interface type")
			}
		case *ast.CaseClause:
			for _, e := range x.List {
				if tv, ok := info.Types[e]; ok && tv.IsType() && types.IsInterface(tv.Type) {
					why = append(why, "type switch case of an interface type")
				}
			}
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max" || b.Name() == "clear") {
					why = append(why, b.Name())
				}
			}
		}
		return true
	})
	return why
}

// runCase is a program to specialise and run. yaegiFault, when set, says
// why it is not run in yaegi.
type runCase struct{ name, src, yaegiFault string }

func TestRunAgainstGoRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every case twice with the go command")
	}
	runAgainstGoRun(t, New(Options{}), runCases)
}

// runAgainstGoRun builds every case as written and specialised, compares
// their outputs, and runs in yaegi the specialised ones that need no
// lowering.
func runAgainstGoRun(t *testing.T, s *Specializer, cases []runCase) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module monotest\n\ngo 1.26\n")
	merged := map[string]string{}
	lower := map[string][]string{}
	for _, tc := range cases {
		out, info, f := merge(t, s, tc.src)
		merged[tc.name] = out
		lower[tc.name] = needsLowering(info, f)
		write("orig/"+tc.name+"/main.go", tc.src)
		write("spec/"+tc.name+"/main.go", out)
	}
	for _, which := range []string{"orig", "spec"} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "bin", which)+"/", "./"+which+"/...")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", which, err, out)
		}
	}
	// yaegi runs in processes of its own: some programs crash it.
	yaegi := filepath.Join(dir, "bin", "yaegirun")
	if out, err := exec.Command("go", "build", "-o", yaegi, "./testdata/yaegirun").CombinedOutput(); err != nil {
		t.Fatalf("go build yaegirun: %v\n%s", err, out)
	}
	ran := 0
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want, err := exec.Command(filepath.Join(dir, "bin", "orig", tc.name)).Output()
			if err != nil {
				t.Fatalf("original: %v\n%s", err, want)
			}
			got, err := exec.Command(filepath.Join(dir, "bin", "spec", tc.name)).Output()
			if err != nil || string(got) != string(want) {
				t.Fatalf("specialised, compiled: %v\ngot  %q\nwant %q\n%s", err, got, want, merged[tc.name])
			}
			if tc.yaegiFault != "" {
				t.Logf("not run in yaegi: %s", tc.yaegiFault)
				return
			}
			if len(lower[tc.name]) > 0 {
				t.Logf("not run in yaegi: needs lowering of %s", strings.Join(lower[tc.name], ", "))
				return
			}
			ran++
			var stderr strings.Builder
			cmd := exec.Command(yaegi, filepath.Join(dir, "spec", tc.name, "main.go"))
			cmd.Stderr = &stderr
			y, err := cmd.Output()
			if err != nil || string(y) != string(want) {
				t.Fatalf("specialised, in yaegi: %v\n%s\ngot  %q\nwant %q\n%s", err, stderr.String(), y, want, merged[tc.name])
			}
		})
	}
	t.Logf("%d of %d cases ran in yaegi", ran, len(cases))
}
