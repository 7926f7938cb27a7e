package check

import "testing"

// Package-level variables whose types (declared, or spelled in their
// initializers) are function types naming a parameter or result after a
// notebook variable: yaegi v0.16.1 refused `var handler func(x int) int`
// beside a variable x ("variable definition loop"); the names become _.
// A function literal's own parameters keep theirs.
func TestFuncTypeNamesBesideNamesakeVariables(t *testing.T) {
	runSteps(t,
		step{"x := 7\nn := 1\nvar base = 3\nfmt.Println(x)", "7\n"},
		step{"var handler func(x int) int\nvar hs []func(x, y int) (n int)\nvar named = map[string]func(x int) int{}\nfmt.Println(handler == nil, len(hs), len(named), x)", "true 0 0 7\n"},
		step{"var (\n\tf1 func(x int) int = func(y int) int { return y + x }\n\tf2 = f1(1)\n)\nfmt.Println(f1(2), f2, x, n)", "9 8 7 1\n"},
		step{"var g func(x int) int = func(y int) int { return y * x }\nfmt.Printf(\"%d %T\\n\", g(2), g)", "14 func(int) int\n"},
		step{"var chained = map[int]func(x int) int{base: func(y int) int { return y + base }}\nvar typed []func(x int) int = []func(x int) int{chained[base]}\nfmt.Println(chained[3](1), typed[0](2), x)", "4 5 7\n"},
	)
}
