package check

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// TestProgram writes a notebook as a program and type-checks it as the
// go command would: every import used, every initializer that calls a
// function gone, lines of the cells kept.
func TestProgram(t *testing.T) {
	nb := newNotebook(t)
	for _, src := range []string{
		"import (\n\t\"errors\"\n\t\"fmt\"\n\t\"strings\"\n\t\"time\"\n)",
		"var ErrNeg = errors.New(\"negative\")\ntype P struct{ A int; name string }\nfunc load() []P {\n\tfmt.Println(\"loading\")\n\treturn []P{{1, \"x\"}}\n}",
		"var dataset = load()\nvar (\n\tlimit = 3\n\twhen, _ = time.Parse(time.DateOnly, \"2026-11-30\")\n)\nvar upper = strings.ToUpper\n" +
			"func size(extra int) (int, error) {\n\tif extra < 0 {\n\t\treturn 0, ErrNeg\n\t}\n\treturn len(dataset) + extra + limit, nil\n}",
		"func (p P) Double() P { return P{p.A * 2, p.name} }\nfunc Map[T any](xs []T, f func(T) T) []T { return xs }",
		"k := 10\nstarts := []time.Time{}\n_ = starts",
		"func uses() int { return k*len(dataset) + len(upper(\"x\")) }\nfunc main() { fmt.Println(\"not run\") }",
		"var results []any",
	} {
		if _, err := nb.run(src); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
	}
	p, err := nb.c.Notebook().Program()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"load", "size", "uses"}; !slices.Equal(p.Funcs, want) {
		t.Errorf("Funcs = %v, want %v", p.Funcs, want)
	}
	for _, v := range []string{"ErrNeg", "dataset", "k", "limit", "when"} {
		if !slices.Contains(p.Vars, v) {
			t.Errorf("Vars = %v, want %s in it", p.Vars, v)
		}
	}
	if slices.Contains(p.Vars, "upper") {
		t.Errorf("Vars = %v: upper holds a function", p.Vars)
	}
	if slices.Contains(p.Vars, "results") {
		t.Errorf("Vars = %v: no function uses results", p.Vars)
	}
	if slices.Contains(p.Vars, "starts") {
		t.Errorf("Vars = %v: no declaration uses starts", p.Vars)
	}
	all, cells := "", "" // cells: without the worker file, which registers the imports' functions
	names := make([]string, 0, len(p.Files))
	for n := range p.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	fset := token.NewFileSet()
	var files []*ast.File
	for _, n := range names {
		src := string(p.Files[n])
		all += src
		if n != "zz_gofutures_worker.go" {
			cells += src
		}
		f, err := parser.ParseFile(fset, n, src, 0)
		if err != nil {
			t.Fatalf("%s: %v\n%s", n, err, src)
		}
		files = append(files, f)
	}
	for _, gone := range []string{"dataset = load()", "time.Parse"} {
		if strings.Contains(cells, gone) {
			t.Errorf("the program still runs %s:\n%s", gone, all)
		}
	}
	for _, kept := range []string{`errors.New("negative")`, "upper = strings.ToUpper", "dataset []P", "when time.Time", "//line In[3]:1",
		"func gofutures_batch_size(gfDone *int, gfN int, gfA0 []int, gfR0 []int, gfErrs []error)",
		`gofutures_executor.RegisterBatch("load", gofutures_batch_load)`} {
		if !strings.Contains(all, kept) {
			t.Errorf("the program lacks %s:\n%s", kept, all)
		}
	}
	conf := types.Config{Importer: testImporter, GoVersion: goVersion}
	if _, err := conf.Check("main", fset, files, nil); err != nil {
		t.Fatalf("the program does not compile: %v\n%s", err, all)
	}
	// Lines are the cells': dataset is on line 1 of In[3], func size
	// on line 7.
	var pos token.Position
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "size" {
				pos = fset.Position(fd.Pos())
			}
		}
	}
	if pos.Filename != "In[3]" || pos.Line != 7 {
		t.Errorf("func size is at %v, want In[3]:7", pos)
	}
}

// checkedProgram checks cells (without running them) and writes their
// program.
func checkedProgram(t *testing.T, cells ...string) *Program {
	t.Helper()
	c := New(testImporter, Config{})
	for i, src := range cells {
		p, err := cell.Split(src, i+1)
		if err != nil {
			t.Fatal(err)
		}
		r, err := c.Check(p)
		if err != nil {
			t.Fatalf("cell %d: %v", i+1, err)
		}
		r.Commit()
	}
	p, err := c.Notebook().Program()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestProgramInitializers: an initializer left out leaves its imports
// out of the file; one that uses a variable left out is left out too (it
// would run on a zero value); blank imports stay.
func TestProgramInitializers(t *testing.T) {
	p := checkedProgram(t,
		"import (\n\t_ \"image/png\"\n\t\"os\"\n\t\"strings\"\n)\nvar home = os.Getenv(\"HOME\")\nvar words = strings.Fields(home)",
		"var first = words[0]\nvar n = len(first) + 1",
		"func use() int { return n + len(first) + len(home) }")
	all := ""
	for n, f := range p.Files {
		if n != "zz_gofutures_worker.go" { // which registers the imports' functions
			all += string(f)
		}
	}
	for _, gone := range []string{"os.Getenv", "strings.Fields", "words[0]", "len(first) + 1", "\tos \"os\"", `"strings"`} {
		if strings.Contains(all, gone) {
			t.Errorf("the program has %s:\n%s", gone, all)
		}
	}
	for _, kept := range []string{"home string", "words []string", "first string", "n int"} {
		if !strings.Contains(all, kept) {
			t.Errorf("the program lacks %s:\n%s", kept, all)
		}
	}
	if w := string(p.Files["zz_gofutures_worker.go"]); !strings.Contains(w, `_ "image/png"`) {
		t.Errorf("the program lacks the blank import:\n%s", w)
	}
}

// TestProgramError names the cell and line of a declaration that does
// not compile with the rest.
func TestProgramError(t *testing.T) {
	nb := newNotebook(t)
	if _, err := nb.run("func f() int { return 1 }"); err != nil {
		t.Fatal(err)
	}
	n := nb.c.Notebook()
	n.decls = append(n.decls, &cell.Decl{Kind: cell.Func, Names: []string{"g"}, Src: "\nfunc g() int { return undefinedThing }", Cell: 2})
	_, err := n.Program()
	var pe *ProgramError
	if !errors.As(err, &pe) || pe.Cell != 2 || pe.Line != 2 || pe.Msg != "undefined: undefinedThing" {
		t.Fatalf("err = %#v, want a ProgramError at In[2] line 2", err)
	}
}

// corpusRefused are corpus programs whose cells the checker refuses
// (tests/corpus/KNOWN_DIFFERENCES.md), with the reason.
var corpusRefused = map[string]string{
	"350_generic_embedding_aliases": "a struct embeds an instance of a notebook generic type: kernel/cell/mono refuses it",
	"420_lexer_state_functions":     "a function type made of itself (type stateFn func(*lexer) stateFn): yaegi builds no reflect type for it (recursive.go)",
}

// TestProgramOfCorpus writes every program of the corpus (tests/corpus,
// split into cells at //cell lines, as tests/test_corpus.py runs them) as
// the program of compiled workers, and type-checks it as the go command
// would: what cells accept, a program of them must build.
func TestProgramOfCorpus(t *testing.T) {
	files, err := filepath.Glob("../../tests/corpus/*.go")
	if err != nil || len(files) < 80 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			if why := corpusRefused[strings.TrimSuffix(filepath.Base(file), ".go")]; why != "" {
				t.Skip(why)
			}
			c := New(testImporter, Config{})
			for i, text := range strings.Split(string(src), "\n//cell\n") {
				p, err := cell.Split(text, i+1)
				if err != nil {
					t.Fatalf("cell %d: %v", i+1, err)
				}
				r, err := c.Check(p)
				if err != nil {
					t.Fatalf("cell %d does not check: %v", i+1, err)
				}
				r.Commit()
			}
			p, err := c.Notebook().Program()
			if err != nil {
				t.Fatalf("Program: %v", err)
			}
			fset := token.NewFileSet()
			var asts []*ast.File
			for name, data := range p.Files {
				f, err := parser.ParseFile(fset, name, data, 0)
				if err != nil {
					t.Fatalf("%s: %v\n%s", name, err, data)
				}
				asts = append(asts, f)
			}
			conf := types.Config{Importer: testImporter, GoVersion: goVersion}
			if _, err := conf.Check("main", fset, asts, nil); err != nil {
				var all strings.Builder
				for name, data := range p.Files {
					fmt.Fprintf(&all, "== %s\n%s", name, data)
				}
				t.Fatalf("the program does not compile: %v\n%s", err, all.String())
			}
		})
	}
}

// TestProgramNamedErrors: the worker registers the non-struct error types
// with value receivers as the interpreter does (executor.RegisterErrorType),
// their underlying types written with the program's imports; not those
// whose Error has a pointer receiver, nor types without Error. (One of
// a basic underlying type is declared from an rt base, and still crosses
// by name in error chains.)
func TestProgramNamedErrors(t *testing.T) {
	p := checkedProgram(t,
		"import (\n\t\"fmt\"\n\t\"time\"\n)\ntype ErrCode int\nfunc (e ErrCode) Error() string { return fmt.Sprint(int(e)) }\n"+
			"type Late []time.Duration\nfunc (l Late) Error() string { return \"late\" }\n"+
			"type PtrCode int\nfunc (p *PtrCode) Error() string { return \"p\" }\ntype Plain string",
		"func use() error { return ErrCode(1) }")
	w := string(p.Files["zz_gofutures_worker.go"])
	for _, want := range []string{
		`.RegisterErrorType("main.ErrCode", func(v int) error { return ErrCode(v) })`,
		`.RegisterErrorType("main.Late", func(v []gofutures_time.Duration) error { return Late(v) })`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("the worker lacks %s:\n%s", want, w)
		}
	}
	for _, gone := range []string{`*new(ErrCode)`, `"main.PtrCode"`, `"main.Plain"`} {
		if strings.Contains(w, gone) {
			t.Errorf("the worker registers %s:\n%s", gone, w)
		}
	}
}

// A compiled worker registers the types the lowering declared from rt's
// bases (a named basic type, with methods or without), as the notebook's
// interpreter does, so that their values cross in interface values as
// themselves (a float64 arrived for an any holding a Temp); not one
// declared from a compiled type.
func TestProgramRegistersBasedTypes(t *testing.T) {
	p := checkedProgram(t,
		"import \"time\"\ntype Temp float64\ntype Code int\nfunc (c Code) M() {}\ntype Timeout time.Duration",
		"func use() any { return Temp(1) }")
	w := string(p.Files["zz_gofutures_worker.go"])
	for _, want := range []string{".RegisterType(func() (z Temp) { return }())", ".RegisterType(func() (z Code) { return }())"} {
		if !strings.Contains(w, want) {
			t.Errorf("the worker does not register %s:\n%s", want, w)
		}
	}
	for _, gone := range []string{"*new(Timeout)"} {
		if strings.Contains(w, gone) {
			t.Errorf("the worker registers %s:\n%s", gone, w)
		}
	}
}

// TestProgramBatchLeftOut: a function whose batch form is left out (a
// func parameter after a sync.Locker one) adds no import to the worker
// file: "sync" imported and not used, and the program did not build.
func TestProgramBatchLeftOut(t *testing.T) {
	nb := newNotebook(t)
	if _, err := nb.run("import \"sync\"\nfunc withLock(l sync.Locker, f func()) {\n\tl.Lock()\n\tdefer l.Unlock()\n\tf()\n}"); err != nil {
		t.Fatal(err)
	}
	p, err := nb.c.Notebook().Program()
	if err != nil {
		t.Fatal(err)
	}
	if w := string(p.Files["zz_gofutures_worker.go"]); strings.Contains(w, `"sync"`) {
		t.Errorf("the worker file imports sync:\n%s", w)
	}
}
