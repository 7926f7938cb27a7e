package session

import (
	"context"
	"errors"
	"testing"
)

// A *reflect.ValueError that the cell's own reflect call raised reads as
// Go prints it, not as a nil pointer dereference (panicError translates
// every ValueError on the zero Value).
func TestReviewUserReflectPanic(t *testing.T) {
	s := New(richOpts())
	_, err := s.Execute(context.Background(), "import \"reflect\"\nreflect.Value{}.Len()", 1)
	var e *Error
	if !errors.As(err, &e) || len(e.Traceback) == 0 {
		t.Fatalf("no panic: %v", err)
	}
	if want := "panic: reflect: call of reflect.Value.Len on zero Value"; e.Traceback[0] != want {
		t.Errorf("first line %q, want %q", e.Traceback[0], want)
	}
}
