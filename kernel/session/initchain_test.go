package session

import (
	"strings"
	"testing"
)

// A variable a cell's chain of initializers names (the lowering chains
// them in Go's order, kernel/check/initorder.go) removed by a later cell
// in which it no longer compiles: the declarations after it in the chain
// are replayed without it, so a fresh interpreter (a redefined type)
// restores them. Before, the rebuild failed: "could not restore var c
// from cell 1: undefined: a".
func TestRemovedChainedVariable(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("var a = f()\nfunc f() int { return b }\nvar b = 1\nvar c = 2")
	if got := nb.cell(`import "fmt"` + "\nfmt.Sprint(a, b, c)"); got != "1 1 2" {
		t.Fatalf("order: %q", got)
	}
	nb.cell(`var b = "s"`) // f and a no longer compile
	nb.cell("type T int")
	nb.n++
	res, e := run(t, nb.s, "type T string\nfmt.Sprint(c, b)", nb.n)
	if e != nil {
		t.Fatalf("redefining T: %v %v", e, e.Traceback)
	}
	for _, n := range res.Notes {
		if strings.Contains(n, "could not restore") {
			t.Errorf("note: %q", n)
		}
	}
	if got := FormatValue(res.Value); got != "2s" {
		t.Errorf("after the rebuild: %q", got)
	}
}

// A panic in an initializer the lowering chained shows the notebook's
// frames, not the lowering's function of the initializer.
func TestChainedInitializerPanicFrames(t *testing.T) {
	nb := newNotebook(t)
	nb.n++
	_, e := run(t, nb.s, "var a = f()\nfunc f() int { var s []int; return s[b] }\nvar b = 1", nb.n)
	if e == nil {
		t.Fatal("no panic")
	}
	tb := strings.Join(e.Traceback, "\n")
	if strings.Contains(tb, "gofutures") || !strings.Contains(tb, "in f") {
		t.Errorf("traceback:\n%s", tb)
	}
}
