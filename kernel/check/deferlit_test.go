package check

import "testing"

// A function literal of a cell that declares types defers a call of a
// function of an earlier cell that the cell's types have the notebook
// lower again (it prints with fmt): the deferred call runs, as in Go.
// yaegi v0.16.1 ran nothing (defer note(...)) or panicked with a nil
// dereference (defer (note)()) when the callee was declared again later
// in the evaluation that made the literal.
func TestDeferInLiteralOfRelowered(t *testing.T) {
	runSteps(t,
		step{"var trace []string\nfunc note(format string, args ...any) { trace = append(trace, fmt.Sprintf(format, args...)) }\nfunc mark() { trace = append(trace, fmt.Sprint(\"mark\")) }", ""},
		step{"type Shelf struct{ items []string }\nfunc tidy() func() {\n\treturn func() {\n\t\tdefer note(\"tidy %d\", 1)\n\t\tdefer (mark)()\n\t\tn := 2\n\t\tdefer note(\"n was %d\", n)\n\t\tn++\n\t}\n}", ""},
		step{"tidy()()\nfmt.Println(trace)", "[n was 2 mark tidy 1]\n"},
	)
}
