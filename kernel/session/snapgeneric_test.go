package session

import (
	"context"
	"testing"
)

// A snapshot of the notebook's values, taken when a generic type is
// declared next to an interface value (an error variable), names the
// types it can and goes on: yaegi v0.16.1 panicked evaluating
// *new(Stack) for type Stack[T any], which ended the interpreter process
// after the cell.
func TestSnapshotBesideGenericType(t *testing.T) {
	o := richOpts()
	o.KeepValues = true
	o.SnapshotDir = t.TempDir()
	s := New(o)
	c1 := "import \"errors\"\ntype Number interface {\n\t~int | ~float64\n}\ntype Stack[T any] struct{ items []T }\nvar ErrEmpty = errors.New(\"empty\")"
	if _, err := s.Execute(context.Background(), c1, 1); err != nil {
		t.Fatal(err)
	}
	if enc, r := s.Snapshot(c1, 1); enc == nil || len(r.Vars) != 1 {
		t.Fatalf("snapshot of ErrEmpty: %v %+v", enc != nil, r)
	}
	if got := value(t, s, "var st Stack[int]\nst.items = append(st.items, 2)\nErrEmpty.Error() + fmt.Sprint(st.items)", 2); got != "empty[2]" {
		t.Errorf("after the snapshot: %s", got)
	}
}
