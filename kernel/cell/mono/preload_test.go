package mono

import (
	"testing"
	"time"
)

// A cell that needs no copy is not held up by a Preload (or another
// cell's specialisation) that holds the Specializer; one that does waits
// for it.
func TestSpecializeWithoutCopiesDoesNotWait(t *testing.T) {
	s := New(Options{})
	plain := check(t, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1 + 1) }\n")
	generic := check(t, "package main\n\nimport \"slices\"\n\nfunc main() { _ = slices.Max([]int{1}) }\n")
	s.mu.Lock() // as a Preload does while it reads a package
	done := make(chan *Result, 2)
	go func() { done <- specialize(t, s, plain) }()
	select {
	case r := <-done:
		if len(r.Edits) != 0 || len(r.Decls) != 0 {
			t.Errorf("a cell without generics got copies: %+v", r)
		}
	case <-time.After(10 * time.Second):
		s.mu.Unlock()
		t.Fatal("a cell without generics waited for the Specializer's lock")
	}
	go func() { done <- specialize(t, s, generic) }()
	select {
	case <-done:
		t.Fatal("a cell using slices.Max did not wait for the lock")
	case <-time.After(50 * time.Millisecond):
	}
	s.mu.Unlock()
	if r := <-done; len(r.Edits) == 0 {
		t.Error("slices.Max was not specialised")
	}
}
