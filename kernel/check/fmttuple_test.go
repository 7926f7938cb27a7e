package check

import "testing"

// A printing call whose operand is a call with several results (Go's
// f(g())) prints the results of cell types as Go does: their String and
// Error methods called, Print's spaces by the operands' kinds (yaegi
// v0.16.1 printed a Stringer Cents as its number), from functions,
// and generic functions, in defer statements too.
func TestFmtTupleOperand(t *testing.T) {
	runSteps(t,
		step{"type Cents int64\nfunc (c Cents) String() string { return fmt.Sprintf(\"$%d.%02d\", c/100, c%100) }\ntype Pt struct{ x, y int }\ntype E struct{ code int }\nfunc (e *E) Error() string { return fmt.Sprint(\"code \", e.code) }\nfunc split(c Cents) (Cents, Cents) { return c / 2, c - c/2 }\nfunc at() (Pt, string, []Cents) { return Pt{1, 2}, \"s\", []Cents{5} }\nfunc fail(n int) (int, error) {\n\tif n > 0 {\n\t\treturn n, &E{n}\n\t}\n\treturn 0, nil\n}\nfunc pick[T any](x T) (T, bool) { return x, true }", ""},
		step{"fmt.Println(split(1001))\nfmt.Print(at())\nfmt.Print(\"\\n\")\nfmt.Print(split(7))\nfmt.Print(\"\\n\")\ns := fmt.Sprintln(pick(Cents(250)))\nfmt.Print(s, fmt.Sprint(fail(3)), \"|\", fmt.Sprint(fail(0)), \"\\n\")\nfmt.Println(pick(Pt{3, 4}))\nfunc() {\n\tdefer fmt.Println(split(9))\n\tdefer fmt.Print(split(3))\n\tfmt.Println(\"body\")\n}()\nfmt.Println()",
			"$5.00 $5.01\n{1 2}s[$0.05]\n$0.03 $0.04\n$2.50 true\n3 code 3|0 <nil>\n{3 4} true\nbody\n$0.01 $0.02$0.04 $0.05\n\n"},
	)
}
