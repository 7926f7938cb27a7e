package check

import "testing"

// A loop with an init statement and no condition or post statement runs
// its init once: what the body assigns to the loop's variables carries to
// the next iteration (yaegi v0.16.1 ran the init again before every
// iteration: a walk up a chain of parents never ended), also with a
// closure capturing the variable, an assignment init and a comment, and
// in a cell's statements, whose splitter ended the loop's statement at
// the header's first semicolon ("expected operand, found '{'").
func TestForInitNoCondNoPost(t *testing.T) {
	runSteps(t,
		step{"func path(prev map[int]int, dst int) []int {\n\tvar p []int\n\tfor at := dst; ; {\n\t\tp = append(p, at)\n\t\tif at == 0 {\n\t\t\tbreak\n\t\t}\n\t\tat = prev[at]\n\t}\n\treturn p\n}", ""},
		step{"fmt.Println(path(map[int]int{3: 2, 2: 1, 1: 0}, 3))", "[3 2 1 0]\n"},
		step{"func halve(n int) (fs []func() int) {\n\tfor k := n; ; {\n\t\tfs = append(fs, func() int { return k })\n\t\tif k /= 2; k == 0 {\n\t\t\treturn\n\t\t}\n\t}\n}\nfunc steps() (s string) {\n\tvar i int\n\tfor i = 1 /* ; */; ; {\n\t\ts += fmt.Sprint(i)\n\t\tif i *= 3; i > 50 {\n\t\t\treturn\n\t\t}\n\t}\n}", ""},
		step{"n := 0\nfor i := 1; ; {\n\tn += i\n\tif i++; i > 4 {\n\t\tbreak\n\t}\n}\nouter: for ; ; {\n\tfor j := n; ; {\n\t\tif j--; j < 8 {\n\t\t\tfmt.Println(n, j)\n\t\t\tbreak outer\n\t\t}\n\t}\n}", "10 7\n"},
		step{"for _, f := range halve(12) {\n\tfmt.Print(f(), \" \")\n}\nfmt.Println(steps())", "6 3 1 0 13927\n"},
	)
}
