package check

import "testing"

// Two error values holding values of a comparable struct error type a
// cell declares compare as Go compares them (yaegi v0.16.1 panicked:
// "comparing uncomparable type interp._error").
func TestErrorEqualityCellStruct(t *testing.T) {
	runSteps(t,
		step{"type Code struct{ N int }\nfunc (c Code) Error() string { return \"code\" }\nfunc get(n int) error { return Code{n} }\nfunc wrap(n int) error { return fmt.Errorf(\"w: %w\", get(n)) }", ""},
		step{"a, b := errors.Unwrap(wrap(4)), get(4)\nfmt.Println(a == b, a != b, get(4) == get(5), a == get(5), a == error(Code{4}), a == nil)", "true false false false true false\n"},
		step{"type Num int\nfunc (n Num) Error() string { return \"num\" }\ntype PE struct{ s string }\nfunc (p *PE) Error() string { return p.s }\nvar ErrX = errors.New(\"x\")", ""},
		step{"func cmp() {\nvar e1, e2 error = Num(1), Num(1)\np := &PE{\"p\"}\nvar e3, e4 error = p, p\nvar e5 error = &PE{\"p\"}\nfmt.Println(e1 == e2, e1 == Num(2), e3 == e4, e3 == e5, e1 == ErrX, ErrX == ErrX, fmt.Errorf(\"%w\", ErrX) == ErrX)\n}\ncmp()", "true false true false false true false\n"},
	)
}

// Values of other compiled interfaces (fmt.Stringer, io.Writer) holding
// notebook values compare as Go compares them, also against an any and
// a notebook value (yaegi v0.16.1 panicked: "comparing uncomparable type
// stdlib._fmt_Stringer").
func TestCompiledInterfaceEquality(t *testing.T) {
	runSteps(t,
		step{"type T struct{ N int }\nfunc (t T) String() string { return \"t\" }\ntype W struct{ n int }\nfunc (w *W) Write(p []byte) (int, error) { return len(p), nil }", ""},
		step{"var a, b fmt.Stringer = T{1}, T{1}\nvar c fmt.Stringer = T{2}\nfmt.Println(a == b, a == c, a != c, a == T{1}, T{2} == c)", "true false true true true\n"},
		step{"w := &W{}\nvar w1, w2 io.Writer = w, w\nvar w3 io.Writer = os.Stdout\nvar w4 io.Writer = &W{}\nfmt.Println(w1 == w2, w1 == w3, w3 == io.Writer(os.Stdout), w1 == w4)", "true false true false\n"},
		step{"var x any = T{1}\nfmt.Println(x == a, a == x, x == c)", "true true false\n"},
	)
}

// errors.As lowered to a walk of the chain (a notebook error has an As
// method) panics as Go's does for a target that is neither a pointer to
// an interface nor to an error type, and for a nil pointer, once the
// error is not nil; the notebook's As was asked instead.
func TestErrorsAsBadTarget(t *testing.T) {
	runStepsNoFrames(t,
		step{"type Multi struct{ Op string }\n\nfunc (m Multi) Error() string { return m.Op }\nfunc (m Multi) As(target any) bool {\n\tif p, ok := target.(*string); ok {\n\t\t*p = m.Op\n\t\treturn true\n\t}\n\treturn false\n}", ""},
		step{"var err error = fmt.Errorf(\"w: %w\", Multi{\"sync\"})\nvar op string\nfmt.Println(errors.As(nil, &op))\nfunc() {\n\tdefer func() { fmt.Println(recover()) }()\n\tfmt.Println(errors.As(err, &op), op)\n}()\nfunc() {\n\tdefer func() { fmt.Println(recover()) }()\n\tvar m *Multi\n\tfmt.Println(errors.As(err, m))\n}()\nvar m Multi\nfmt.Println(errors.As(err, &m), m.Op)",
			"false\nerrors: *target must be interface or implement error\nerrors: target must be a non-nil pointer\ntrue sync\n"},
	)
}
