package check

import "testing"

// A hooked method (methodhook.go) whose parameter or named result has
// the name of a notebook variable: its hook variable's type names no
// parameters, as yaegi v0.16.1 refused `var gofuturesHookꞏPQꞏPush
// func(q *PQ, x any)` beside a variable x ("variable definition loop"),
// so a heap's Push(x any) could not be declared after `x := 7`.
func TestHookVariableBesideNamesakeVariable(t *testing.T) {
	runSteps(t,
		step{"x := 7\nout := \"o\"\nfmt.Println(x, out)", "7 o\n"},
		step{"type PQ []int\nfunc (q *PQ) Push(x any) { *q = append(*q, x.(int)) }\nfunc (q PQ) Show() (out string) { return fmt.Sprint(q) }\np := &PQ{}\np.Push(3)\nfmt.Println(x, *p, p.Show())", "7 [3] [3]\n"},
		step{"type Other struct{ N int }\np.Push(4)\nfmt.Println(x, out, p.Show())", "7 o [3 4]\n"},
	)
}
