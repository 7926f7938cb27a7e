package session

import (
	"context"
	"reflect"
	"testing"
)

// A panic with a value held in an interface of no method set that tells
// (any) reads as go run prints it: an error's Error() and a Stringer's
// String() of the notebook's types and compiled ones, a named basic
// type as main.Code(7); also a value recover returned raised again, and
// what a sequence panicked with, raised by iter.Pull's next in its caller
// (without frames of the interpreter's copy of package iter).
func TestPanicAnyReadsAsGo(t *testing.T) {
	decls := "import (\n\t\"errors\"\n\t\"fmt\"\n\t\"iter\"\n)\n" +
		"type ParseError struct{ Line int }\nfunc (e *ParseError) Error() string { return fmt.Sprintf(\"line %d\", e.Line) }\n" +
		"type State int\nfunc (State) String() string { return \"busy\" }\ntype Code int\n" +
		"func gen() iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tyield(1)\n\t\tpanic(&ParseError{3})\n\t}\n}\n" +
		"func again() {\n\tdefer func() {\n\t\tr := recover()\n\t\tpanic(r)\n\t}()\n\tpanic(&ParseError{4})\n}\n" +
		"var _ = errors.New"
	cases := []struct {
		code string
		want []string
	}{
		{"again()", []string{"panic: line 4 [recovered, repanicked]", "Cell In[1], line 20, in again.func1", "Cell In[1], line 22, in again", "Cell In[2], line 1"}},
		{"next, stop := iter.Pull(gen())\ndefer stop()\nfmt.Println(next())\nfmt.Println(next())", []string{"panic: line 3", "Cell In[3], line 4"}},
		{"var e any = &ParseError{5}\npanic(e)", []string{"panic: line 5", "Cell In[4], line 2"}},
		{"var e any = errors.New(\"plain\")\npanic(e)", []string{"panic: plain", "Cell In[5], line 2"}},
		{"var e any = State(1)\npanic(e)", []string{"panic: busy", "Cell In[6], line 2"}},
		{"var e any = Code(7)\npanic(e)", []string{"panic: main.Code(7)", "Cell In[7], line 2"}},
	}
	s := New(richOpts())
	if _, err := s.Execute(context.Background(), decls, 1); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		_, err := s.Execute(context.Background(), c.code, i+2)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%s: no panic: %v", c.code, err)
			continue
		}
		if !reflect.DeepEqual(e.Traceback, c.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", c.code, e.Traceback, c.want)
		}
	}
}
