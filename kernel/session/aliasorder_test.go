package session

import "testing"

// An alias a cell declares before the type it names, a type that is not
// a struct (type F = V before type V []float64; an alias of an instance
// of a generic slice type, whose copy comes after the cell's
// declarations; an alias of an alias before it), names the type with its
// methods, also after a fresh interpreter replayed the notebook.
func TestCellsAliasBeforeItsType(t *testing.T) {
	runCells(t, Options{}, []cellCase{
		{"import \"fmt\"\ntype G = F\ntype F = V\ntype V []float64\nfunc (v V) Sum() float64 { return v[0] + v[len(v)-1] }\nfunc first(f F) float64 { return f.Sum() }", ""},
		{"fmt.Println(F{1, 2}.Sum(), G{3}.Sum(), first(G{4, 1}))", "3 6 5\n"},
		{"type Vec[T ~int | ~float64] []T\nfunc (v Vec[T]) Total() T {\n\tvar s T\n\tfor _, x := range v {\n\t\ts += x\n\t}\n\treturn s\n}\ntype Floats = Vec[float64]", ""},
		{"type Ints = Vec[int]\ntype Counts map[string]Ints", ""},
		{"fmt.Println(Floats{1, 2.5}.Total(), Ints{1, 2}.Total(), Counts{\"a\": {3, 4}}[\"a\"].Total())", "3.5 3 7\n"},
		{"type R struct{ A int }", ""},
		{"type R struct{ A, B int }", ""},
		{"fmt.Println(Floats{1, 2}.Total(), F{5}.Sum(), Ints{7}.Total())", "3 10 7\n"},
	})
}
