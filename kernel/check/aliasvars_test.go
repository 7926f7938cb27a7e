package check

import "testing"

// A variable of an instance of a generic alias that a cell's statements
// declare, where they run in a function (a function literal among them)
// and their variables are declared ahead: declared as the type the
// alias stands for (yaegi v0.16.1 has no generic aliases: "var g
// Grid[string]" was "constant definition loop").
func TestStmtVarOfGenericAliasInstance(t *testing.T) {
	runSteps(t,
		step{"type Grid[T any] = map[[2]int]T\ntype Pair[K comparable, V any] struct {\n\tK K\n\tV V\n}\ntype Named[V any] = Pair[string, V]", ""},
		step{"g := Grid[string]{{0, 0}: \"a\", {1, 2}: \"b\"}\nkeys := slices.SortedFunc(maps.Keys(g), func(p, q [2]int) int { return p[0]*10 + p[1] - q[0]*10 - q[1] })\nn := Named[int]{\"x\", 1}\nps := []Named[float64]{{\"y\", 2}}\nfmt.Println(keys, len(g), n, ps)", "[[0 0] [1 2]] 2 {x 1} [{y 2}]\n"},
		step{"g[[2]int{3, 3}] = \"c\"\nn.V++\nfmt.Println(len(g), n.V, func() string { return g[[2]int{3, 3}] }())", "3 2 c\n"},
	)
}
