package session

import "testing"

// A function of a cell that calls an earlier function calling one the
// cell redefines sees the new one, also when the redefinition is the
// lowering's (a function printing any, lowered again for a generic
// type's instance the cell makes first).
func TestFreshCallersOfRedeclaredCallers(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"func f() int { return 1 }\nfunc g() int { return f() * 10 }", ""},
		{"func f() int { return 2 }\nfunc h() int { return g() + 1 }\nh()", "=> 21"},
		{"import \"fmt\"\ntype Tally[K comparable] struct {\n\tKind  K\n\tCount int\n}\ntype Interval[T int | float64] struct{ From, To T }", ""},
		{"func show(v any) string { return fmt.Sprintf(\"%T %v\", v, v) }\nfunc showAll(vs ...any) {\n\tfor _, v := range vs {\n\t\tfmt.Println(show(v))\n\t}\n}", ""},
		{"var spans = []any{Interval[int]{2, 5}}", ""},
		{"func report() {\n\tshowAll(spans...)\n\tshowAll(Tally[string]{\"apples\", 3})\n}\nreport()", "main.Interval[int] {2 5}\nmain.Tally[string] {apples 3}\n"},
	})
}
