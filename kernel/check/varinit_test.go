package check

import "testing"

// TestGlobalInit: a package-level variable initialized from one an
// earlier cell declared, or set by statements, has that value (yaegi
// alone refuses the first, "variable definition loop", and reads the
// second as zero).
func TestGlobalInit(t *testing.T) {
	runSteps(t,
		step{"var dataset = []int{7, 8}\ntype P struct{ X int }\nvar p = P{3}", ""},
		step{"var first = dataset[0]", ""},
		step{"first", "=> 7"},
		step{"var total int = len(dataset) + p.X", ""},
		step{"total", "=> 5"},
		step{"data := []int{4}", ""},
		step{"var d0 = data[0] * 10", ""},
		step{"d0", "=> 40"},
		step{"var q = &p\nvar same = q.X == p.X", ""},
		step{"same", "=> true"},
	)
}
