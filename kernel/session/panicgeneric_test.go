package session

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// The frame of a generic function's instance (kernel/cell/mono's copy,
// mainꞏfirstꞏint, made in the cell that uses it) reads as Go's does:
// first[...], in the cell that declared the generic function, at the
// line of its source that panicked or made the call inside; its caller
// names the line of its call of the generic function.
func TestPanicGenericFrames(t *testing.T) {
	s := New(richOpts())
	cells := []string{
		"import \"fmt\"\n\nfunc first[T any](xs []T) T {\n\tfmt.Println(\"first of\", len(xs))\n\treturn xs[0]\n}",
		"func pick[T any](xs []T, i int) T {\n\t// from i on\n\treturn first(xs[i:])\n}",
		"func main() {\n\tfmt.Println(first([]string{\"a\"}))\n\tfmt.Println(pick([]int{1, 2}, 2))\n}\nmain()",
	}
	var err error
	for i, c := range cells {
		if _, err = s.Execute(context.Background(), c, i+1); err != nil && i < len(cells)-1 {
			t.Fatalf("cell %d: %v", i+1, err)
		}
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("no panic: %v", err)
	}
	want := []string{"panic: runtime error: index out of range [0] with length 0",
		"Cell In[1], line 5, in first[...]", "Cell In[2], line 3, in pick[...]", "Cell In[3], line 3, in main", "Cell In[3], line 5"}
	if strings.Join(e.Traceback, "\n") != strings.Join(want, "\n") {
		t.Errorf("traceback\n%s\nwant\n%s", strings.Join(e.Traceback, "\n"), strings.Join(want, "\n"))
	}
}
