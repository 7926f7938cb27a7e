package snapshot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKeeperSharingAcrossCells: b := a in one cell, a.X = 5 in the next
// (mentioning only a): the second snapshot must hold b too, or a restore
// from the latest snapshot of each would bring back two unshared values.
func TestKeeperSharingAcrossCells(t *testing.T) {
	dir := t.TempDir()
	decls := []string{pointDecl}
	old := newInterp(t, decls...)
	var k Keeper
	latest := map[string]string{} // variable -> snapshot file, as the supervisor keeps them
	var order []string
	cell := func(i int, src string, names ...string) []string {
		t.Helper()
		if _, err := old.In.Eval(src); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, strings.Repeat("x", i)))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		enc, res := k.Snapshot(old, names)
		if _, err := enc.WriteTo(f); err != nil {
			t.Fatal(err)
		}
		for _, v := range res.Vars {
			latest[v] = f.Name()
		}
		order = append(order, f.Name())
		return res.Vars
	}
	cell(1, `a := &Point{X: 1}`, "a")
	cell(2, `b := a; other := 3`, "a", "b", "other")
	if got := cell(3, `a.X = 5`, "a"); strings.Join(got, " ") != "a b" {
		t.Fatalf("third snapshot holds %v, want a and b", got)
	}
	if got := cell(4, `other = 4`, "other"); strings.Join(got, " ") != "other" {
		t.Fatalf("fourth snapshot holds %v", got)
	}
	fresh := newInterp(t, decls...)
	for _, file := range order {
		take := map[string]bool{}
		for v, f := range latest {
			if f == file {
				take[v] = true
			}
		}
		if len(take) == 0 {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		res := restore(t, fresh, data)
		if len(res.Problems) > 0 {
			t.Fatal(problemStrings(res.Problems))
		}
	}
	for _, c := range []check{{"a == b", "true"}, {"b.X", "5"}, {"other", "4"}} {
		if got := eval(t, fresh, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
