package session

import "testing"

// Generic standard-library code (slices, maps, cmp, iter, atomic.Pointer,
// errors.AsType, strings.Lines), specialised by kernel/check through
// kernel/cell/mono, runs in cells.
func TestCellsGenericStdlib(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import (\"fmt\"; \"slices\")\nx := []int{3, 1, 2}\nslices.Sort(x)\nx", "=> [1 2 3]"},
		{"y := []int{9, 7}\nslices.Sort(y)\nfmt.Println(y, slices.Index(y, 9), slices.Contains(y, 8))", "[7 9] 1 false\n"},
		{"type P struct{ Name string; Age int }\nps := []P{{\"b\", 2}, {\"a\", 1}}\nslices.SortFunc(ps, func(a, b P) int { return a.Age - b.Age })\nfmt.Println(ps)", "[{a 1} {b 2}]\n"},
		{"import \"maps\"\nm := map[string]int{\"b\": 2, \"a\": 1}\nslices.Sorted(maps.Keys(m))", "=> [a b]"},
		{"import \"cmp\"\nfunc older(a, b P) int { return cmp.Compare(a.Age, b.Age) }\nslices.MaxFunc(ps, older).Name", "=> b"},
		{"import \"strings\"\nfor l := range strings.Lines(\"a\\nb\") {\n\tfmt.Printf(\"%q \", l)\n}", "\"a\\n\" \"b\" "},
		{"n := 0\nfor w := range strings.FieldsSeq(\" ab  c \") {\n\tn += len(w)\n}\nn", "=> 3"},
		{"import \"sync/atomic\"\nvar cur atomic.Pointer[P]\ncur.Store(&ps[0])\ncur.Load().Name", "=> a"},
		{"c := maps.Clone(m)\nc[\"z\"] = 26\nfmt.Println(len(m), len(c), maps.Equal(m, c))", "2 3 false\n"},
		{"import \"errors\"\ntype NotFound struct{ Key string }\nfunc (e *NotFound) Error() string { return \"no \" + e.Key }\nnf, ok := errors.AsType[*NotFound](&NotFound{\"k\"})\nfmt.Println(nf.Key, ok)", "k true\n"},
		{"type Wrap struct{ Err error }\nfunc (w *Wrap) Error() string { return \"wrap\" }\nfunc (w *Wrap) Unwrap() error { return w.Err }\nnf2, ok2 := errors.AsType[*NotFound](&Wrap{&NotFound{\"j\"}})\nfmt.Println(nf2.Key, ok2)", "j true\n"},
		{"slices.Sort(undefinedThing)", "error: CompileError: undefined: undefinedThing"},
		// packages yaegi lacks need no import once every use is specialised
		{"import \"iter\"\nfunc count(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\nslices.Collect(count(3))", "=> [0 1 2]"},
		{"import \"unique\"\nunique.Make(\"a\") == unique.Make(\"a\")", "=> true"},
		// a later cell that needs the same copies evaluates none again
		{"z := []int{2, 1}\nslices.Sort(z)\nz", "=> [1 2]"},
		// a notebook generic function that sorts, used with two types
		{"func sortedCopy[T cmp.Ordered](xs []T) []T {\n\tc := slices.Clone(xs)\n\tslices.Sort(c)\n\treturn c\n}\nfmt.Println(sortedCopy([]string{\"b\", \"a\"}), sortedCopy([]float64{2, 1}))", "[a b] [1 2]\n"},
		// redeclaring the cell type the copies name starts a fresh interpreter
		{"type P struct{ Name string; Age int; Extra bool }\nqs := []P{{\"y\", 2, true}, {\"x\", 1, false}}\nslices.SortFunc(qs, func(a, b P) int { return a.Age - b.Age })\nqs[0].Name", "=> x"},
	})
}

// A package whose path ends in a major version (math/rand/v2) is named
// as Go names it, rand: a later cell whose generic call (rand.N) is
// specialised imports it under that name, which the notebook has.
func TestCellsVersionedImportPath(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import (\"fmt\"; \"math/rand/v2\"; \"time\")\nr := rand.New(rand.NewPCG(1, 2))\nfmt.Println(r.IntN(10) < 10)", "true\n"},
		{"fmt.Println(rand.N(time.Duration(1)), rand.N(5) < 5)", "0s true\n"},
	})
}
