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

// A method of a generic type that panics names its line, in the cell
// that declared it (a later cell than the type's): an index out of range
// its copy's check notes (the copy of a type's instance was lowered
// without lines), a nil map write it is the one place of (a generic
// method had no Sites); its caller names the line of its call.
func TestPanicGenericMethodLines(t *testing.T) {
	s := New(richOpts())
	cells := []string{
		"type Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }",
		"type Cache[K comparable, V any] struct{ m map[K]V }\n\n// Pop takes the last.\nfunc (s *Stack[T]) Pop() T {\n\tv := s.items[len(s.items)-1]\n\ts.items = s.items[:len(s.items)-1]\n\treturn v\n}\n\nfunc (c *Cache[K, V]) Put(k K, v V) {\n\tc.m[k] = v\n}",
		"func top() int {\n\tvar s Stack[int]\n\ts.Push(1)\n\ts.items = nil\n\treturn s.Pop()\n}\ntop()",
		"var c Cache[string, int]\nc.Put(\"x\", 1)",
	}
	want := [][]string{
		{"panic: runtime error: index out of range [-1]", "Cell In[2], line 5, in Stack.Pop", "Cell In[3], line 5, in top", "Cell In[3], line 7"},
		{"panic: assignment to entry in nil map", "Cell In[2], line 11, in Cache.Put", "Cell In[4], line 2"},
	}
	for i, c := range cells {
		_, err := s.Execute(context.Background(), c, i+1)
		if i < 2 {
			if err != nil {
				t.Fatalf("cell %d: %v", i+1, err)
			}
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("cell %d: no panic: %v", i+1, err)
		}
		if w := want[i-2]; strings.Join(e.Traceback, "\n") != strings.Join(w, "\n") {
			t.Errorf("cell %d: traceback\n%s\nwant\n%s", i+1, strings.Join(e.Traceback, "\n"), strings.Join(w, "\n"))
		}
	}
}
