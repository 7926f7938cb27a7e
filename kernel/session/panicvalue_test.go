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
		{"panic(1.5)", "error: panic: 1.5"},
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

// The interpreter's panics that stand for Go's runtime errors read as
// Go's; the interpreter's words end the traceback.
func TestInterpreterPanicsReadAsRuntimeErrors(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"n := -2\nb := make([]byte, n)", "error: panic: runtime error: makeslice: len out of range"},
		{"s := []int{1, 2}\na := [4]int(s)", "error: panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 4"},
		{"s := []int{1, 2}\np := (*[3]int)(s)", "error: panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 3"},
		{"type In struct{ V int }\ntype Out struct{ *In }\nvar o Out\nv := o.V", "error: panic: runtime error: invalid memory address or nil pointer dereference"},
		{"n := -1\nc := make(chan int, n)", "error: panic: makechan: size out of range"},
		{"n := 1\ns := make([]int, 2, n)", "error: panic: runtime error: makeslice: cap out of range"},
		{"var fn func()\nfn()", "error: panic: runtime error: invalid memory address or nil pointer dereference"},
		{"type T struct{ X int }\nvar p *T\nx := p.X", "error: panic: runtime error: invalid memory address or nil pointer dereference"},
	})
	s := New(richOpts())
	_, err := s.Execute(t.Context(), "var fn func()\nfn()", 1)
	e, ok := err.(*Error)
	if !ok || e.Traceback[len(e.Traceback)-1] != "(yaegi: reflect.Value.Call: call of nil function)" {
		t.Errorf("traceback %#v", err)
	}
}

// make with a length out of range and a slice converted to a longer
// array, raised by the interpreter in a function with one such place,
// name its line.
func TestPanicLineMakeAndConversion(t *testing.T) {
	s := New(richOpts())
	decls := "func grow(n int) []byte {\n\tx := 1\n\treturn make([]byte, n+x)\n}\nfunc first4(xs []int) [4]int {\n\tx := 0\n\treturn [4]int(xs[x:])\n}"
	panicCells(t, s, decls, []panicCase{
		{"grow(-3)", []string{"panic: runtime error: makeslice: len out of range", "Cell In[1], line 3, in grow", "Cell In[2], line 1", "(yaegi: reflect.MakeSlice: negative len)"}},
		{"first4([]int{1})", []string{"panic: runtime error: cannot convert slice with length 1 to array or pointer to array with length 4", "Cell In[1], line 7, in first4", "Cell In[3], line 1", "(yaegi: reflect: cannot convert slice with length 1 to array with length 4)"}},
	})
}
