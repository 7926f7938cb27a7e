package session

import (
	"context"
	"testing"
)

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

// A method that calls a function or reads a variable a later cell
// declares again sees the new one, also through a function calling it:
// yaegi v0.16.1 ignores a method declared again, so the session starts a
// fresh interpreter with the notebook's declarations (the method kept
// the old function: "old 1").
func TestMethodsSeeRedefinedFunctions(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nfunc format(n int) string { return fmt.Sprint(\"old \", n) }\nfunc label(n int) string { return \"[\" + format(n) + \"]\" }\ntype T struct{ n int }\nfunc (t T) Show() string { return format(t.n) }\nfunc (t *T) Label() string { return label(t.n) }\nvar rate = 1\nfunc (t T) Cost() int { return t.n * rate }\nvar keep = []int{1, 2}", ""},
		{"fmt.Println(T{1}.Show(), (&T{2}).Label(), T{2}.Cost())", "old 1 [old 2] 2\n"},
		{"func format(n int) string { return fmt.Sprint(\"new \", n) }\nvar rate = 10", ""},
		{"fmt.Println(T{1}.Show(), (&T{2}).Label(), T{2}.Cost(), keep)", "new 1 [new 2] 20 [1 2]\n"},
	})
}

// A cell run again as it was, declaring a function and a method calling
// it, keeps the interpreter (no note of a fresh one).
func TestMethodCallerCellRunAgain(t *testing.T) {
	s := New(richOpts())
	src := "import \"fmt\"\nfunc format(n int) string { return fmt.Sprint(\"n=\", n) }\ntype T struct{ n int }\nfunc (t T) Show() string { return format(t.n) }\nfmt.Println(T{1}.Show())"
	for i := 1; i <= 2; i++ {
		res, err := s.Execute(context.Background(), src, i)
		if err != nil || len(res.Notes) > 0 {
			t.Fatalf("run %d: %v, notes %q", i, err, res.Notes)
		}
	}
}

// A method reading a variable a cell's statements declared (x := 1) sees
// the package-level variable a later cell declares in its place (var x =
// 9): it read the old one (2, not 18) while functions saw the new one.
func TestMethodsSeeVarReplacingStatementVar(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype T struct{}\nfunc (T) Get() int { return x * 2 }\nfunc get() int { return x * 3 }\nx := 1\nfmt.Println(T{}.Get(), get())", "2 3\n"},
		{"x = 7\nfmt.Println(T{}.Get(), get())", "14 21\n"},
		{"var x = 9\nfmt.Println(T{}.Get(), get(), x)", "18 27 9\n"},
	})
}

// An init function that calls a function a later cell redefines is not
// evaluated again with the callers that bind to the new definition: in
// yaegi an init declared again runs again, and Go runs it once.
func TestInitNotRunAgainByRedefinition(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nfunc f() int { return 1 }\nfunc g() int { return f() * 10 }", ""},
		{"func init() {\n\tfmt.Println(\"init\", f(), g())\n}", "init 1 10\n"},
		{"func f() int { return 2 }", ""},
		{"g()", "=> 20"},
	})
}
