package check

import "testing"

// A helper declared before the types it prints or asserts to: its
// lowering is redone when a later cell declares them.
func TestHelpersBeforeTypes(t *testing.T) {
	runSteps(t,
		step{`type Shape interface{ Area() float64 }
func total(xs []any) (t float64) {
	for _, x := range xs {
		if s, ok := x.(Shape); ok {
			t += s.Area()
		}
	}
	return t
}
func str(x any) string {
	if s, ok := x.(fmt.Stringer); ok {
		return s.String()
	}
	return "?"
}
func show(v any) { fmt.Printf("%v %+v\n", v, v) }`, ""},
		step{"type Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s * q.s }\nfunc (q Sq) String() string { return \"sq\" }", ""},
		step{"fmt.Println(total([]any{Sq{2}, 3, Sq{1}}), str(Sq{1}), str(2))\nshow(Sq{3})", "5 sq ?\nsq sq\n"},
		step{"type Money int64\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int64(m)) }\ntype pt struct{ x, y int }", ""},
		step{"show(Money(3))\nshow(pt{1, 2})", "$3 $3\n{1 2} {x:1 y:2}\n"},
		// a cell declaring a type that changes nothing for them
		step{"type plain int", ""},
		step{"show(plain(5))\nshow(Sq{1})", "5 5\nsq sq\n"},
	)
}

// Printing calls that spread a slice of operands.
func TestFmtSpreadOperands(t *testing.T) {
	runSteps(t,
		step{"type Sq struct{ s float64 }\nfunc (q Sq) String() string { return \"sq\" }\ntype pt struct{ x int }", ""},
		step{`func p(xs ...any) { fmt.Println(xs...) }
func pr(xs ...any) { fmt.Print(xs...); fmt.Print("\n") }
func logf(format string, args ...any) { fmt.Printf("log: "+format+"\n", args...) }
func wrap(format string, args ...any) error { return fmt.Errorf(format, args...) }`, ""},
		step{`p(Sq{1}, 2, pt{3})
pr(Sq{1}, 2, "x", pt{4})
logf("%v and %+v, %T", Sq{1}, pt{2}, 3)
err := wrap("ctx %v: %w", Sq{1}, io.EOF)
fmt.Println(err, errors.Is(err, io.EOF))`, "sq 2 {3}\nsq 2x{4}\nlog: sq and {x:2}, int\nctx sq: EOF true\n"},
	)
}
