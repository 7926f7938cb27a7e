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
