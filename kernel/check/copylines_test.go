package check

import (
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// The copy of a generic function's instance that a cell uses is lowered
// with the lines of the cell that declared the generic function: its
// Sites, Calls and the line its index check notes are that cell's, and
// it names the generic function and its cell (cell.Decl's Generic).
func TestCopyOfGenericFunctionLines(t *testing.T) {
	nb := newNotebook(t)
	if _, err := nb.run("import \"fmt\"\n\nfunc first[T any](xs []T, m map[string]T) T {\n\t// the first\n\tfmt.Println(len(xs))\n\tm[\"k\"] = xs[0]\n\treturn xs[0]\n}"); err != nil {
		t.Fatal(err)
	}
	p, err := cell.Split("func main() {\n\tfirst([]int{1}, map[string]int{})\n}", 2)
	if err != nil {
		t.Fatal(err)
	}
	r, err := nb.c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	var d *cell.Decl
	for _, g := range r.Generated {
		if g.Names[0] == "mainꞏfirstꞏint" {
			d = g
		}
	}
	if d == nil {
		t.Fatalf("no copy of first[int] among %d declarations", len(r.Generated))
	}
	if d.Generic != "first" || d.GenericCell != 1 {
		t.Errorf("Generic %q, GenericCell %d, want first, 1", d.Generic, d.GenericCell)
	}
	if got := d.Sites[SiteNilMap]; len(got) != 1 || got[0] != 6 {
		t.Errorf("nil map sites %v, want [6]\n%s", got, d.Src)
	}
	if !strings.Contains(d.Src, "IndexL7(") {
		t.Errorf("the index check of line 7 does not note it:\n%s", d.Src)
	}
	if got := r.Decls[0].Calls["first"]; len(got) != 1 || got[0] != 2 {
		t.Errorf("main's calls of first %v, want [2]", got)
	}
}
