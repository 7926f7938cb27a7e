package session

import (
	"context"
	"reflect"
	"testing"
)

// An iterator that calls the loop's body after it returned false panics
// as Go does, at the line of the range statement in the body's frame and
// in the frame of the function the loop is in, the iterator's at its
// call of yield between them.
func TestRangeContinuedFrames(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"fmt\"\n\t\"iter\"\n)\nfunc sloppy(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := range n {\n\t\t\tyield(i)\n\t\t}\n\t}\n}\n" +
		"func run() {\n\tfor v := range sloppy(5) {\n\t\tfmt.Println(v)\n\t\tif v == 1 {\n\t\t\tbreak\n\t\t}\n\t}\n}"
	if _, err := s.Execute(context.Background(), decls, 1); err != nil {
		t.Fatal(err)
	}
	_, err := s.Execute(context.Background(), "run()", 2)
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("no panic: %v", err)
	}
	want := []string{"panic: runtime error: range function continued iteration after function for loop body returned false",
		"Cell In[1], line 13, in run", "Cell In[1], line 8, in sloppy.func1", "Cell In[1], line 13, in run", "Cell In[2], line 1"}
	if !reflect.DeepEqual(e.Traceback, want) {
		t.Errorf("got  %q\nwant %q", e.Traceback, want)
	}
}
