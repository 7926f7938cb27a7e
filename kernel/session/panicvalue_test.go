package session

import (
	"regexp"
	"strings"
	"testing"
)

// A panic nobody recovers reads as go run prints its value: an error's
// Error(), a Stringer's String(), a named basic type as main.Code(7),
// another type as its type and an address, a float as print writes it.
// recover still returns the value itself.
func TestPanicValueReadsAsGo(t *testing.T) {
	addr := regexp.MustCompile(`0x[0-9a-f]+`)
	s := runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"errors\"\n\t\"fmt\"\n)\ntype ParseError struct{ Line int }\nfunc (e *ParseError) Error() string { return fmt.Sprintf(\"line %d\", e.Line) }\n" +
			"type State int\nfunc (s State) String() string { return \"busy\" }\ntype Code int\ntype Point struct{ X int }", ""},
		{"panic(&ParseError{2})", "error: panic: line 2"},
		{"var err error = &ParseError{3}\npanic(err)", "error: panic: line 3"},
		{"panic(State(1))", "error: panic: busy"},
		{"panic(Code(7))", "error: panic: main.Code(7)"},
		{"panic(1.5)", "error: panic: +1.500000e+000"},
		{"panic(\"two\\nlines\")", "error: panic: two\n\tlines"},
		{"panic(errors.New(\"plain\"))", "error: panic: plain"},
		{"func f() (r any) {\n\tdefer func() { r = recover() }()\n\tpanic(&ParseError{4})\n}\nfmt.Println(f())", "line 4\n"},
	})
	_ = s
	// an address differs from run to run: checked apart
	var got string
	s2 := New(richOpts())
	if _, err := s2.Execute(t.Context(), "type Point struct{ X int }", 1); err != nil {
		t.Fatal(err)
	}
	_, err := s2.Execute(t.Context(), "panic(Point{1})", 2)
	if e, ok := err.(*Error); ok {
		got = addr.ReplaceAllString(e.Value, "0xADDR")
	}
	if want := "(main.Point) 0xADDR"; !strings.HasSuffix(got, want) || got != want {
		t.Errorf("panic(Point{1}): got %q, want %q", got, want)
	}
}
