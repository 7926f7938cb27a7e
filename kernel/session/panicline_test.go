package session

import (
	"context"
	"errors"
	"testing"
)

// The traceback of a panic call inside a function declared in a cell
// names its line (rt.Panic).
func TestPanicLineInFunction(t *testing.T) {
	s := New(richOpts())
	if _, err := s.Execute(context.Background(), "import \"fmt\"\n\nfunc boom(n int) {\n\tif n > 2 {\n\t\tpanic(fmt.Sprint(\"too big: \", n))\n\t}\n}", 1); err != nil {
		t.Fatal(err)
	}
	_, err := s.Execute(context.Background(), "boom(1)\nboom(3)", 2)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("no panic: %v", err)
	}
	want := []string{"panic: too big: 3", "Cell In[1], line 5, in boom", "Cell In[2], line 2"}
	if len(e.Traceback) != len(want) {
		t.Fatalf("traceback %q, want %q", e.Traceback, want)
	}
	for i := range want {
		if e.Traceback[i] != want[i] {
			t.Errorf("traceback %q, want %q", e.Traceback, want)
		}
	}
}
