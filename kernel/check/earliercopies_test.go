package check

import "testing"

// A function a later cell declares prints, with fmt, a value of an
// instance of a notebook's generic type that an earlier cell made (the
// session's copy of it, in the earlier cell's Result.Generated, which
// the later cell's package does not declare) as Go prints it: its
// fields, or its String method's result.
func TestEarlierCopiesPrinted(t *testing.T) {
	runSteps(t,
		step{"type Range[T int | string] struct{ Lo, Hi T }\nfunc (r Range[T]) Width() int { return 0 }\ntype Span[T int | string] struct{ From, To T }\nfunc (s Span[T]) String() string { return fmt.Sprint(\"span \", s.From, \"..\", s.To) }", ""},
		step{"var items = []any{Range[int]{1, 9}, Span[string]{\"a\", \"z\"}}\nvar one any = Span[int]{1, 9}", ""},
		step{"func describe(v any) string { return fmt.Sprintf(\"%v\", v) }", ""},
		step{"fmt.Println(describe(items[0]))\nfmt.Println(describe(items[1]))\nfmt.Println(describe(one))", "{1 9}\nspan a..z\nspan 1..9\n"},
	)
}
