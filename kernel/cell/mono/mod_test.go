package mono

import (
	"bytes"
	"context"
	"errors"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// modDir is the test module whose third-party generics are specialised.
var modDir = func() string {
	d, _ := filepath.Abs(filepath.Join("testdata", "modgen"))
	return d
}()

// modImporter imports the packages of modDir (and the standard library)
// from export data, as the kernel's checker does for a notebook module.
var modImporter = sync.OnceValue(func() types.Importer {
	exports := map[string]string{}
	var mu sync.Mutex
	return importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
		mu.Lock()
		defer mu.Unlock()
		if f, ok := exports[path]; ok {
			return os.Open(f)
		}
		cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", path)
		cmd.Dir = modDir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
		out, err := cmd.Output()
		if err != nil {
			return nil, err
		}
		for _, l := range strings.Split(string(out), "\n") {
			if p, f, ok := strings.Cut(l, " "); ok && f != "" {
				exports[p] = f
			}
		}
		return os.Open(exports[path])
	})
})

// modProvided is the export table the kernel extracts of the module's
// packages: their exported objects that are not generic.
func modProvided(pkg *types.Package, name string) bool {
	if isStd(pkg.Path()) {
		return yaegiProvides(pkg, name)
	}
	obj := pkg.Scope().Lookup(name)
	return obj != nil && obj.Exported() && !isGeneric(obj) && !strings.Contains(pkg.Path(), "/internal")
}

// compiledIfPredeclared stands for the kernel's compiled instantiations:
// those whose type arguments are all predeclared types.
func compiledIfPredeclared(_ types.Object, targs []types.Type) bool {
	for _, t := range targs {
		if _, ok := t.(*types.Basic); !ok {
			return false
		}
	}
	return true
}

func modSpecializer() *Specializer {
	return New(Options{Module: modDir, Provided: modProvided, Compiled: compiledIfPredeclared})
}

func checkMod(t *testing.T, src string) *checked {
	t.Helper()
	c := &checked{fset: token.NewFileSet(), info: newInfo(), src: src}
	var err error
	c.file, err = parser.ParseFile(c.fset, "cell.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: modImporter()}
	c.pkg, err = conf.Check("main", c.fset, []*ast.File{c.file}, c.info)
	if err != nil {
		t.Fatalf("cell does not type-check: %v", err)
	}
	return c
}

const modCell = `package main

import (
	"fmt"
	"sort"

	"example.com/modgen/gen"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Ann", 30}, {"Bob", 17}, {"Cid", 30}}
	adults := gen.Filter(people, func(p Person, _ int) bool { return p.Age >= 18 })
	names := gen.Map(adults, func(p Person, _ int) string { return p.Name })
	byAge := gen.GroupBy(people, func(p Person) int { return p.Age })
	ages := []int{}
	for a := range byAge {
		ages = append(ages, a)
	}
	sort.Ints(ages)
	total := gen.SumBy(people, func(p Person) float64 { return float64(p.Age) / 2 })
	oldest := gen.MaxBy(people, func(p Person) string { return p.Name })
	pr := gen.MakePair(people[1], len(names))
	var q gen.Pair[string, Person]
	q.Key, q.Val = "first", people[0]
	set := gen.NewSet(people...)
	set.Add(Person{"Ann", 30})
	set.Add(Person{"Dee", 5})
	fmt.Println(names, ages, len(byAge[30]), total, oldest)
	fmt.Println(pr, pr.String(), q, len(set.Items()), set.Pairs()[3], gen.Labels(people))
	// predeclared type arguments: compiled, left as they are
	fmt.Println(gen.Map([]int{1, 2}, func(x, i int) int { return x * i }), gen.Label(7), gen.Calls())
}
`

func TestModuleGenericsSpecialised(t *testing.T) {
	s := modSpecializer()
	c := checkMod(t, modCell)
	r := specialize(t, s, c)
	byName := map[string]*Decl{}
	for _, d := range r.Decls {
		byName[d.Name] = d
	}
	for _, want := range []string{
		"genꞏFilterꞏPerson", "genꞏMapꞏPersonꞏstring", "genꞏGroupByꞏPersonꞏint",
		"genꞏSumByꞏPersonꞏfloat64", "genꞏsumꞏfloat64", "genꞏMaxByꞏPersonꞏstring",
		"genꞏMakePairꞏPersonꞏint", "genꞏPairꞏPersonꞏint", "genꞏPairꞏstringꞏPerson",
		"genꞏSetꞏPerson", "genꞏNewSetꞏPerson", "genꞏLabelsꞏPerson", "genꞏshowꞏPerson",
		"genꞏcalls",
	} {
		if byName[want] == nil {
			t.Errorf("no copy %s; have %v", want, names(r.Decls))
		}
	}
	// the exported non-generic function stays the compiled package's
	if d := byName["genꞏLabelsꞏPerson"]; d != nil && !strings.Contains(d.Src, "gen.Label(") {
		t.Errorf("Labels' copy does not call gen.Label:\n%s", d.Src)
	}
	if byName["genꞏLabel"] != nil || byName["genꞏmark"] != nil {
		t.Errorf("gen.Label was copied: %v", names(r.Decls))
	}
	// a cell's use with predeclared type arguments is left to the compiled
	// instantiation
	for _, e := range r.Edits {
		if strings.Contains(e.Name, "ꞏint") && !strings.Contains(e.Name, "Person") {
			t.Errorf("gen.Map[int, int] was specialised: %s", e.Name)
		}
	}
	if !contains(r.Imports, "example.com/modgen/gen") {
		t.Errorf("imports %v", r.Imports)
	}
}

func names(ds []*Decl) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Name)
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestModuleGenericsRun builds the cell as written and specialised (its
// generics of the module made copies) and compares what they print.
func TestModuleGenericsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds with the go command")
	}
	// every use copied, the predeclared ones too
	s := New(Options{Module: modDir, Provided: modProvided})
	c := checkMod(t, modCell)
	r := specialize(t, s, c)
	r.Rewrite([]*ast.File{c.file})
	var b bytes.Buffer
	if err := printer.Fprint(&b, c.fset, c.file); err != nil {
		t.Fatal(err)
	}
	src := b.String()
	// the imports the copies need
	var imps []string
	for _, p := range r.Imports {
		if !strings.Contains(src, strconv.Quote(p)) {
			imps = append(imps, strconv.Quote(p))
		}
	}
	src = strings.Replace(src, "import (", "import (\n"+strings.Join(imps, "\n"), 1)
	for _, d := range r.Decls {
		src += "\n" + d.Src + "\n"
	}
	out, err := format.Source([]byte(src))
	if err != nil {
		t.Fatalf("specialised program: %v\n%s", err, src)
	}
	if strings.Contains(string(out), "gen.Filter") || strings.Contains(string(out), "gen.Map(") {
		t.Fatalf("a generic of the module is left:\n%s", out)
	}
	dir := t.TempDir()
	gomod := "module modtest\n\ngo 1.22\n\nrequire example.com/modgen v0.0.0\n\nreplace example.com/modgen => " + modDir + "\n"
	for name, data := range map[string]string{"go.mod": gomod, "orig/main.go": modCell, "spec/main.go": string(out)} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(which string) string {
		cmd := exec.Command("go", "run", "./"+which)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
		got, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go run %s: %v\n%s\n%s", which, err, got, out)
		}
		return string(got)
	}
	want, got := run("orig"), run("spec")
	// the copies count their sums in a copy of the variable: the
	// compiled package's counter stays 0
	want = strings.Replace(want, " #7 1\n", " #7 0\n", 1)
	if got != want {
		t.Fatalf("specialised prints\n%s\nwant\n%s\n%s", got, want, out)
	}
}

// TestModuleGenericsUnsafe keeps the clear error of a copy that needs
// package unsafe.
func TestModuleGenericsUnsafe(t *testing.T) {
	c := checkMod(t, `package main

import "example.com/modgen/unsafegen"

type T struct{ A, B int }

var n = unsafegen.Size[T]()
`)
	_, err := modSpecializer().Specialize(context.Background(), c.cell())
	var me *ModuleError
	if !errors.Is(err, ErrUnsafe) || !errors.As(err, &me) || me.Path != "example.com/modgen/unsafegen" {
		t.Fatalf("got %v, want ErrUnsafe in a ModuleError of unsafegen", err)
	}
}

// TestModuleGenericsOff: without Options.Module, third-party generics are
// left to the caller, as before.
func TestModuleGenericsOff(t *testing.T) {
	c := checkMod(t, modCell)
	r := specialize(t, New(Options{}), c)
	for _, e := range r.Edits {
		if strings.HasPrefix(e.Name, "gen"+Sep) {
			t.Fatalf("specialised %s without a module", e.Name)
		}
	}
}
