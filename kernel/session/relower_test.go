package session

import "testing"

// A helper declared before the types it prints and asserts to, and its
// callers of earlier cells: the lowering redoes it for each cell that
// declares types, and the session evaluates it again in place of the old.
func TestHelpersBeforeTypes(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Shape interface{ Area() float64 }\nfunc show(v any) { fmt.Printf(\"%v|%+v\\n\", v, v) }\nfunc twice(v any) { show(v); show(v) }\nfunc area(x any) float64 {\n\tif s, ok := x.(Shape); ok {\n\t\treturn s.Area()\n\t}\n\treturn -1\n}", ""},
		{"type Money int64\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int64(m)) }\ntype Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s * q.s }", ""},
		{"twice(Money(4))\nshow(Sq{2})\nfmt.Println(area(Sq{3}), area(1))", "$4|$4\n$4|$4\n{2}|{s:2}\n9 -1\n"},
		// Sq redefined: a fresh interpreter, the log replayed
		{"type Sq struct{ side float64 }\nfunc (q Sq) Area() float64 { return 2 * q.side }\nfunc (q Sq) String() string { return \"sq\" }", ""},
		{"twice(Sq{2})\nfmt.Println(area(Sq{3}))", "sq|sq\nsq|sq\n6\n"},
	})
}
