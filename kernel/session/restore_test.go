package session

import (
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A method that calls a function declared after it works once restored
// (in a worker, or after a crash): yaegi v0.16.1, given the declarations
// one by one, builds the method half and it panics "index out of range".
func TestRestoreInAnyOrder(t *testing.T) {
	nb := New(Options{})
	value(t, nb, "type P struct{ A int }\nfunc (p P) M() int { return later(p.A) + q.N() }\nvar q = Q{}\nfunc later(x int) int { return x * 2 }\ntype Q struct{}\nfunc (Q) N() int { return 1 }", 1)
	w := New(Options{})
	if notes := w.Restore(nb.Decls()); len(notes) > 0 {
		t.Fatal(notes)
	}
	if got := value(t, w, "P{3}.M()", 1); got != "7" {
		t.Fatalf("P{3}.M() = %s, want 7", got)
	}
	// Declarations that do not compile together are replayed one by one
	// and the broken one reported.
	log := append(nb.Decls(), &cell.Decl{Kind: cell.Func, Names: []string{"broken"}, Src: "func broken() int { return undefinedThing }", Cell: 2})
	w = New(Options{})
	notes := w.Restore(log)
	if len(notes) != 1 || !strings.Contains(notes[0], "broken") {
		t.Fatalf("notes %q, want one about broken", notes)
	}
	if got := value(t, w, "P{3}.M()", 1); got != "7" {
		t.Fatalf("P{3}.M() = %s, want 7", got)
	}
}
