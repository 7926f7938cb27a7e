package session

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// %timeit runs the statements checked and lowered, as a cell: range over
// an int and min need the lowering; a type error is the cell's.
func TestTimeitLowered(t *testing.T) {
	var out bytes.Buffer
	opts := richOpts()
	opts.Stdout, opts.Stderr = &out, &out
	s := New(opts)
	if _, err := s.Execute(context.Background(), "n := 0", 1); err != nil {
		t.Fatal(err)
	}
	f, err := s.StmtFunc(context.Background(), "for i := range 3 {\n\tn += min(i, 1)\n}", 2)
	if err != nil {
		t.Fatal(err)
	}
	f()
	f()
	res, err := s.Execute(context.Background(), "n", 3)
	if err != nil || res.Bundle.Data["text/plain"] != "4" {
		t.Fatalf("n after two runs: %v %v", res.Bundle.Data, err)
	}
	_, err = s.StmtFunc(context.Background(), "n += \"x\"", 4)
	var e *Error
	if !errors.As(err, &e) || e.Name != "CompileError" {
		t.Fatalf("a type error: %v", err)
	}
	if _, err := s.Execute(context.Background(), "n", 5); err != nil {
		t.Fatalf("the notebook after %%timeit: %v", err)
	}
}

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
