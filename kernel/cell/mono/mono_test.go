package mono

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

func TestNames(t *testing.T) {
	s := New(Options{})
	cases := []struct{ expr, decls, want string }{
		{"slices.Sort[[]int]", "", "slicesꞏSortꞏint"},
		{"slices.Sort[Ints]", "type Ints []int", "slicesꞏSortꞏIntsꞏint"},
		{"slices.Reverse[[]Person]", "type Person struct{ Name string }", "slicesꞏReverseꞏPerson"},
		{"slices.Index[[]string]", "", "slicesꞏIndexꞏstring"},
		{"maps.Keys(map[string]int{})", "", "mapsꞏKeysꞏstringꞏint"},
		{"new(atomic.Pointer[Person])", "type Person struct{ Name string }", "atomicꞏPointerꞏPerson"},
		{"strings.Lines", "", "stringsꞏLines"},
		{"cmp.Compare(1.5, 2)", "", "cmpꞏCompareꞏfloat64"},
	}
	for _, tc := range cases {
		src := "package main\nimport (\"cmp\"; \"maps\"; \"slices\"; \"strings\"; \"sync/atomic\")\n" +
			"var _, _, _, _, _ = cmp.Less[int], maps.Keys[map[int]int], slices.Max[[]int], strings.Lines, atomic.AddInt32\n" +
			tc.decls + "\nfunc _() { _ = []any{" + tc.expr + "} }\n"
		c := check(t, src)
		r := specialize(t, s, c)
		var got string
		for _, e := range r.Edits {
			if c.fset.Position(e.Pos).Line == strings.Count(src, "\n") {
				got = e.Name
			}
		}
		if got != tc.want {
			t.Errorf("%s: name %q, want %q", tc.expr, got, tc.want)
		}
		if !token.IsIdentifier(got) {
			t.Errorf("%s: %q is not an identifier", tc.expr, got)
		}
	}
}

func TestLossyNamesDiffer(t *testing.T) {
	s := New(Options{})
	c := check(t, `package main
import "slices"
type P struct{}
var a = slices.Clone([][]int{})
var b = slices.Clone([]*P{})
var c = slices.Clone([]map[string]int{})
var d = slices.Clone([]map[string]string{})
`)
	r := specialize(t, s, c)
	seen := map[string]bool{}
	for _, e := range r.Edits {
		if seen[e.Name] || !token.IsIdentifier(e.Name) {
			t.Errorf("name %q repeated or not an identifier", e.Name)
		}
		seen[e.Name] = true
	}
	if len(seen) != 4 {
		t.Errorf("%d names, want 4: %v", len(seen), seen)
	}
}

func TestCacheAndSharing(t *testing.T) {
	s := New(Options{})
	c1 := check(t, "package main\nimport \"slices\"\nfunc f(x []int) { slices.Sort(x) }\n")
	r1 := specialize(t, s, c1)
	r2 := specialize(t, s, check(t, "package main\nimport \"slices\"\nfunc g(x []int) { slices.Sort(x) }\n"))
	if len(r1.Decls) != len(r2.Decls) {
		t.Fatalf("%d then %d declarations", len(r1.Decls), len(r2.Decls))
	}
	for i := range r1.Decls {
		if r1.Decls[i] != r2.Decls[i] {
			t.Errorf("declaration %s made twice", r1.Decls[i].Key)
		}
	}
	r3 := specialize(t, s, check(t, "package main\nimport \"slices\"\nfunc h(x []string) { slices.Sort(x) }\n"))
	shared := 0
	for _, d := range r3.Decls {
		for _, e := range r1.Decls {
			if d == e {
				shared++
			}
		}
		if strings.Contains(d.Key, "[") && !strings.Contains(d.Key, "string") {
			t.Errorf("sorting strings needs %s", d.Key)
		}
	}
	if shared == 0 {
		t.Error("sorting ints and strings share no non-generic helper (slices.xorshift, the sortedHint constants)")
	}
}

func TestErrors(t *testing.T) {
	s := New(Options{})
	for _, tc := range []struct{ src, want string }{
		{"package main\nimport \"slices\"\nfunc main() { type P struct{ X int }; slices.Reverse([]P{}) }\n", "declared inside a function"},
		{"package main\nimport \"weak\"\nvar h = weak.Make(new(int))\n", "weak.Make"},
	} {
		c := check(t, tc.src)
		_, err := s.Specialize(t.Context(), c.cell())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want one saying %q", err, tc.want)
		}
		if tc.want == "weak.Make" && !errors.Is(err, ErrNoBody) && !errors.Is(err, ErrUnsafe) {
			t.Errorf("error %v is neither ErrNoBody nor ErrUnsafe", err)
		}
	}
	// A failed call leaves nothing half-made behind.
	for k, d := range s.done {
		for _, dep := range d.Deps {
			if s.done[dep] == nil {
				t.Errorf("%s cached without its dependency %s", k, dep)
			}
		}
	}
	r := specialize(t, s, check(t, "package main\nimport \"iter\"\nvar seq iter.Seq[int]\n"))
	if len(r.Decls) != 1 || r.Decls[0].Name != "iterꞏSeqꞏint" {
		t.Errorf("after a failure: %+v", r.Decls)
	}
}

func TestRewrite(t *testing.T) {
	s := New(Options{})
	c := check(t, "package main\nimport \"slices\"\nfunc f(x []int) int { slices.Sort(x); return slices.Index[[]int](x, 3) }\n")
	r := specialize(t, s, c)
	r.Rewrite([]*ast.File{c.file})
	var idents []string
	ast.Inspect(c.file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			t.Errorf("selector %v left", sel.Sel)
		}
		if id, ok := n.(*ast.Ident); ok && strings.Contains(id.Name, Sep) {
			idents = append(idents, id.Name)
		}
		return true
	})
	if strings.Join(idents, " ") != "slicesꞏSortꞏint slicesꞏIndexꞏint" {
		t.Errorf("rewritten to %v", idents)
	}
}

func TestConcurrentUse(t *testing.T) {
	s := New(Options{})
	cells := []*checked{
		check(t, "package main\nimport \"slices\"\nfunc f(x []int) { slices.Sort(x) }\n"),
		check(t, "package main\nimport \"slices\"\nfunc f(x []string) int { return slices.Index(x, \"a\") }\n"),
		check(t, "package main\nimport \"maps\"\nfunc f(m map[int]int) map[int]int { return maps.Clone(m) }\n"),
	}
	errs := make(chan error, 3*len(cells))
	for range 3 {
		for _, c := range cells {
			go func() {
				_, err := s.Specialize(t.Context(), c.cell())
				errs <- err
			}()
		}
	}
	for range 3 * len(cells) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestPreload(t *testing.T) {
	s := New(Options{})
	if err := s.Preload(t.Context(), "slices", "maps", "strings"); err != nil {
		t.Fatal(err)
	}
	if len(s.pkgs) != 3 {
		t.Errorf("%d packages loaded, want 3", len(s.pkgs))
	}
	if err := s.Preload(t.Context(), "no/such/package"); err == nil {
		t.Error("no error for a package GOROOT lacks")
	}
	if err := s.Preload(t.Context(), "github.com/gofutures/gofutures/executor"); err == nil {
		t.Error("no error for a package outside the standard library")
	}
}

func TestCellNames(t *testing.T) {
	s := New(Options{})
	c := check(t, "package main\nimport \"slices\"\ntype P struct{ N int }\nfunc f(x []P) { slices.SortFunc(x, func(a, b P) int { return a.N - b.N }) }\n")
	r := specialize(t, s, c)
	for _, d := range r.Decls {
		generic := strings.Contains(d.Key, "[")
		if generic && strings.Join(d.CellNames, ",") != "P" || !generic && len(d.CellNames) > 0 {
			t.Errorf("%s: cell types %v", d.Key, d.CellNames)
		}
	}
}

func TestNotebookGenericInEarlierFile(t *testing.T) {
	s := New(Options{})
	key := func(body string) string {
		decl := "package main\nimport \"slices\"\nfunc Top[T int | string](xs []T) T { " + body + " }\n"
		use := "package main\nfunc f() string { return Top([]string{\"b\", \"a\"}) }\n"
		fset := token.NewFileSet()
		df, err := parser.ParseFile(fset, "decl.go", decl, 0)
		if err != nil {
			t.Fatal(err)
		}
		uf, err := parser.ParseFile(fset, "cell.go", use, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := newInfo()
		pkg, err := (&types.Config{Importer: testImporter}).Check("main", fset, []*ast.File{df, uf}, info)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Specialize(t.Context(), &Cell{Fset: fset, Files: []*ast.File{uf}, Decls: []*ast.File{df},
			Src: map[string][]byte{"decl.go": []byte(decl), "cell.go": []byte(use)}, Pkg: pkg, Info: info})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Edits) != 1 || r.Edits[0].Name != "mainꞏTopꞏstring" || fset.Position(r.Edits[0].Pos).Filename != "cell.go" {
			t.Fatalf("edits %+v", r.Edits)
		}
		for _, d := range r.Decls {
			if d.Name == "mainꞏTopꞏstring" {
				if !strings.Contains(d.Src, "slicesꞏ") {
					t.Errorf("copy still calls the generic code:\n%s", d.Src)
				}
				return d.Key
			}
		}
		t.Fatalf("no copy of Top in %v", r.Decls)
		return ""
	}
	k1 := key("s := slices.Clone(xs); slices.Sort(s); return s[0]")
	k2 := key("return slices.Max(xs)")
	if k1 == k2 || !strings.HasPrefix(k1, "main.Top#") {
		t.Errorf("keys %q and %q for different bodies", k1, k2)
	}
}

func TestNotebookGenericType(t *testing.T) {
	src := `package main
import "cmp"
type Box[T any] struct{ v T }
func (b Box[T]) Get() T { return b.v }
type Sorted[T cmp.Ordered] struct{ xs []T }
func (s *Sorted[T]) Add(x T) { s.xs = append(s.xs, x); if len(s.xs) > 1 && cmp.Less(x, s.xs[0]) { s.xs[0], s.xs[len(s.xs)-1] = x, s.xs[0] } }
var a Sorted[string]
var b Box[int]
`
	for _, all := range []bool{false, true} {
		s := New(Options{AllNotebookGenerics: all})
		r := specialize(t, s, check(t, src))
		var names []string
		for _, e := range r.Edits {
			if strings.HasPrefix(e.Name, "main") {
				names = append(names, e.Name)
			}
		}
		want := "mainꞏSortedꞏstring"
		if all {
			want += " mainꞏBoxꞏint"
		}
		if strings.Join(names, " ") != want {
			t.Errorf("AllNotebookGenerics=%v: edits %v, want %s", all, names, want)
		}
		for _, d := range r.Decls {
			if d.Name == "mainꞏSortedꞏstring" && (!strings.Contains(d.Src, "func (s *mainꞏSortedꞏstring) Add(x string)") || !strings.Contains(d.Src, "cmpꞏLessꞏstring")) {
				t.Errorf("copy of Sorted:\n%s", d.Src)
			}
		}
	}
}

// A notebook generic instantiated with another's instance (a
// Queue[Pair[string, int]]) holds the copy of that instance the
// notebook's own uses are rewritten to (typeExpr), so the specialised
// program type-checks.
func TestNotebookGenericOfGenericInstance(t *testing.T) {
	src := `package main
type Pair[K comparable, V any] struct { Key K; Val V }
type Queue[T any] struct{ items []T }
func (q *Queue[T]) Put(v T) { q.items = append(q.items, v) }
func main() {
	q := &Queue[Pair[string, int]]{}
	q.Put(Pair[string, int]{"a", 1})
}
`
	s := New(Options{AllNotebookGenerics: true})
	r := specialize(t, s, check(t, src))
	for _, d := range r.Decls {
		if strings.HasPrefix(d.Name, "mainꞏQueue") && !strings.Contains(d.Src, "Put(v mainꞏPairꞏstringꞏint)") {
			t.Errorf("copy of Queue:\n%s", d.Src)
		}
	}
	merge(t, s, src) // fails when the specialised program does not type-check
}
