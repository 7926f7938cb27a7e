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
