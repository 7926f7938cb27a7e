package session

import (
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// bagCell declares a generic type whose methods call copies of generic
// standard-library code (slicesꞏDeleteꞏT, slicesꞏValuesꞏT) and range
// over a function (lowered with fresh names): kernel/cell/mono's copy of
// Bag[string] is one declaration, the type with its methods.
const bagCell = `import "slices"
type Bag[T comparable] struct{ xs []T }
func (b *Bag[T]) Del(i int) { b.xs = slices.Delete(b.xs, i, i+1) }
func (b *Bag[T]) Count(v T) int {
	n := 0
	for x := range slices.Values(b.xs) {
		if x == v {
			n++
		}
	}
	return n
}`

// A type redefinition starts a fresh interpreter with the notebook's
// declarations: the copy of Bag[string], whose Del calls the copy of
// slices.Delete, comes back with it (it was evaluated with the types,
// before the functions it calls: "undefined: slicesꞏDeleteꞏstring").
func TestRebuildRestoresGenericCopyMethods(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{bagCell, ""},
		{"b := &Bag[string]{xs: []string{\"a\", \"b\", \"c\"}}\nb.Del(0)\nfmt.Println(b.xs, b.Count(\"c\"))", "[b c] 1\n"},
		{"type Other struct{ A int }", ""},
		{"type Other struct{ A, B int }", ""},
		{"c := &Bag[string]{xs: []string{\"x\", \"y\"}}\nc.Del(1)\nfmt.Println(c.xs, c.Count(\"x\"), Other{1, 2})", "[x] 1 {1 2}\n"},
	})
}

// A restart (the interpreter died: the log and the snapshots' values
// replayed into a fresh session) and a fresh pool worker (the log
// replayed) restore the copies too, and a variable of the copy's type
// keeps its value.
func TestRestartRestoresGenericCopyMethods(t *testing.T) {
	nb := newNotebook(t)
	for _, c := range []string{bagCell, "b := &Bag[string]{xs: []string{\"a\", \"b\", \"c\"}}\nb.Del(0)\nb.Count(\"c\")"} {
		if got := nb.cell(c); strings.HasPrefix(got, "error") {
			t.Fatal(got)
		}
	}
	log := nb.s.Decls()
	r := nb.restart()
	if len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	// the log holds the copy as it was logged, the type with its methods
	whole := func(decls []*cell.Decl) string {
		for _, d := range decls {
			if d.Key() == "type mainꞏBagꞏstring" {
				return d.Src
			}
		}
		return ""
	}
	if got, want := whole(nb.s.Decls()), whole(log); got != want || !strings.Contains(got, "Count") {
		t.Errorf("restored log holds\n%s\nwant\n%s", got, want)
	}
	if got := nb.cell("b.Del(0)\nlen(b.xs) + b.Count(\"c\")"); got != "2" {
		t.Errorf("after the restart: %s, want 2", got)
	}
	w := New(Options{})
	if notes := w.Restore(log); len(notes) > 0 {
		t.Fatalf("worker: %v", notes)
	}
	if got := value(t, w, "c := &Bag[string]{xs: []string{\"x\", \"x\"}}\nc.Del(0)\nc.Count(\"x\")", 1); got != "1" {
		t.Errorf("in a worker: %s, want 1", got)
	}
}

// A later cell that uses Bag[string] again gets the same copy, lowered
// with other fresh names: it redefines nothing (it started a fresh
// interpreter, and the values of statements were reset).
func TestSameGenericCopyAgainKeepsTheInterpreter(t *testing.T) {
	s := New(Options{})
	for i, c := range []string{
		bagCell,
		"n := 41\nb := &Bag[string]{xs: []string{\"a\"}}\nb.Count(\"a\")",
		"c := &Bag[string]{xs: []string{\"a\", \"a\"}}\nc.Count(\"a\")",
	} {
		res, e := run(t, s, c, i+1)
		if e != nil {
			t.Fatalf("cell %d: %v", i+1, e)
		}
		if len(res.Notes) > 0 {
			t.Errorf("cell %d: notes %v", i+1, res.Notes)
		}
	}
	if got := value(t, s, "n + 1", 4); got != "42" {
		t.Errorf("n + 1 = %s, want 42", got)
	}
}

// %T of an instance of a notebook generic type names its type arguments
// as reflect does, as Go prints them: rune is int32, byte uint8, any
// interface {} (corpus 340 printed *main.OrderedMap[rune,int]).
func TestCellsFmtTypeOfInstanceArgs(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"type M[K comparable, V any] struct{ m map[K]V }\nfunc (m *M[K, V]) Len() int { return len(m.m) }", ""},
		{"c := &M[rune, int]{}\nvar b M[byte, any]\nvar f M[string, func(a rune) []byte]\nfmt.Printf(\"%T %T %d\\n%T\\n%T\\n\", c, *c, c.Len(), b, f)",
			"*main.M[int32,int] main.M[int32,int] 0\nmain.M[uint8,interface {}]\nmain.M[string,func(int32) []uint8]\n"},
	})
}

// A struct embedding an instance of a notebook generic type keeps Go's
// field name: the copy's field is named by the copy's type
// (mainꞏListꞏItem), the cells' selectors and literal keys name it so,
// and printing and encoding/json name it List, or promote its fields, as
// Go does. Declared in one cell, used in later ones.
func TestCellsEmbeddedGenericInstance(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"type List[T any] struct{ Items []T }\nfunc (l *List[T]) Add(vs ...T) { l.Items = append(l.Items, vs...) }\nfunc (l List[T]) Len() int { return len(l.Items) }\ntype Stamped[T any] struct {\n\tValue T\n\tAt int\n}\ntype Audited[T any] struct {\n\tStamped[T]\n\tHistory List[Stamped[T]]\n}\nfunc (a *Audited[T]) Set(v T, at int) {\n\ta.History.Add(a.Stamped)\n\ta.Stamped = Stamped[T]{Value: v, At: at}\n}", ""},
		{"type Item struct {\n\tSKU string\n\tQty int\n}\ntype Shelf struct {\n\tList[Item]\n\tAisle string\n}\ntype Warehouse struct {\n\t*List[Shelf]\n\tName string\n}", ""},
		{"a := Shelf{Aisle: \"A1\"}\na.Add(Item{\"bolt\", 40})\nb := Shelf{List: List[Item]{Items: []Item{{\"nut\", 5}}}, Aisle: \"B2\"}\nb.List.Add(Item{\"pin\", 1})\nfmt.Println(a.Len(), a.List.Len(), b.Len(), len(b.List.Items))\nfmt.Printf(\"%v\\n%+v\\n%T\\n\", a, b, a.List)",
			"1 1 2 2\n{{[{bolt 40}]} A1}\n{List:{Items:[{SKU:nut Qty:5} {SKU:pin Qty:1}]} Aisle:B2}\nmain.List[main.Item]\n"},
		{"import \"encoding/json\"\nout, _ := json.Marshal(b)\nfmt.Println(string(out))\nvar back Shelf\nerr := json.Unmarshal(out, &back)\nfmt.Printf(\"%+v %v\\n\", back, err)",
			"{\"Items\":[{\"SKU\":\"nut\",\"Qty\":5},{\"SKU\":\"pin\",\"Qty\":1}],\"Aisle\":\"B2\"}\n{List:{Items:[{SKU:nut Qty:5} {SKU:pin Qty:1}]} Aisle:B2} <nil>\n"},
		{"w := Warehouse{&List[Shelf]{}, \"north\"}\nw.Add(a, b)\nw.List.Add(Shelf{})\nfmt.Println(w.Len(), w.List.Items[1].List.Len(), w.Items[0].Aisle)\nvar st Audited[int]\nst.Set(7, 2)\nst.Set(12, 5)\nfmt.Printf(\"%v %+v %d\\n\", st.Value, st.Stamped, st.History.Len())\nf, g := w.Len, a.Len\nw.Add(a)\na.Add(Item{})\nfmt.Println(f(), g())",
			"3 2 A1\n12 {Value:12 At:5} 2\n3 1\n"},
	})
}

// A value of a struct embedding an instance comes back after a restart
// (its snapshot decoded into the copy's field) and after a type
// redefinition.
func TestEmbeddedGenericInstanceSurvivesARestart(t *testing.T) {
	nb := newNotebook(t)
	for _, c := range []string{
		"type List[T any] struct{ Items []T }\nfunc (l *List[T]) Add(vs ...T) { l.Items = append(l.Items, vs...) }\nfunc (l List[T]) Len() int { return len(l.Items) }",
		"type Item struct{ SKU string }\ntype Shelf struct {\n\tList[Item]\n\tAisle string\n}",
		"s := Shelf{Aisle: \"A\"}\ns.Add(Item{\"x\"}, Item{\"y\"})\ns.List.Len()",
	} {
		if got := nb.cell(c); strings.HasPrefix(got, "error") {
			t.Fatal(got)
		}
	}
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	if got := nb.cell("s.Add(Item{\"z\"})\nfmt.Sprintf(\"%d %+v\", s.List.Len(), s)"); got != "3 {List:{Items:[{SKU:x} {SKU:y} {SKU:z}]} Aisle:A}" {
		t.Errorf("after the restart: %s", got)
	}
	if got := nb.cell("type Other struct{}"); got != "" {
		t.Fatal(got)
	}
	if got := nb.cell("type Other struct{ N int }\nfmt.Sprintf(\"%d %v\", s.Len(), s.List.Items[2])"); got != "3 {z}" {
		t.Errorf("after a redefinition: %s", got)
	}
}

// sameLowered tells sources that differ only in the lowering's fresh
// names, one to one, from others.
func TestSameLowered(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"var gofuturesState9 int; gofuturesState9 = 1", "var gofuturesState42 int; gofuturesState42 = 1", true},
		{"x := gofuturesK1 + gofuturesK2", "x := gofuturesK7 + gofuturesK7", false},
		{"x := gofuturesK1 + gofuturesK1", "x := gofuturesK7 + gofuturesK8", false},
		{"x := gofuturesK1", "x := gofuturesV1", false},
		{"x := gofuturesK1 + 1", "x := gofuturesK2 + 2", false},
		{"gofuturesrt.Index(i, n)", "gofuturesrt.Index(i, n)", true},
		{"gofuturesrt.Index(gofuturesI3, n)", "gofuturesrt.Index(gofuturesI4, n)", true},
		{"f(gofuturesFmt0123456789)", "f(gofuturesFmt0123456788)", false},
		{"mainꞏgofuturesK1", "mainꞏgofuturesK2", false},
		{"xgofuturesK1", "xgofuturesK2", false},
		{"gofuturesK1x", "gofuturesK2x", false},
		{"gofuturesK1", "gofuturesK2 ", false},
	} {
		if got := sameLowered(c.a, c.b); got != c.want {
			t.Errorf("sameLowered(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
