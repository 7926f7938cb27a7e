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

// A panic that is a function's first statement still names the function
// and its line (yaegi names that frame after the lowering's literal), and
// a nil pointer dereference inside a function reads as Go's runtime
// error, whichever reflect method yaegi called on the zero Value.
func TestPanicFirstStatementAndNil(t *testing.T) {
	s := New(richOpts())
	src := "func boom() {\n\tpanic(\"boom\")\n}\nfunc deref(p *int) int {\n\treturn *p\n}\ntype T struct{ f int }\nfunc field(p *T) int {\n\treturn p.f\n}\nfunc closure() {\n\tf := func() { panic(\"inner\") }\n\tf()\n}"
	if _, err := s.Execute(context.Background(), src, 1); err != nil {
		t.Fatal(err)
	}
	const nilDeref = "panic: runtime error: invalid memory address or nil pointer dereference"
	for i, c := range []struct{ code, first, frame string }{
		{"boom()", "panic: boom", "Cell In[1], line 2, in boom"},
		{"deref(nil)", nilDeref, "Cell In[1], line 5, in deref"},
		{"field(nil)", nilDeref, "Cell In[1], line 9, in field"},
		{"closure()", "panic: inner", "Cell In[1], line 12, in closure.func1"},
	} {
		_, err := s.Execute(context.Background(), c.code, i+2)
		var e *Error
		if !errors.As(err, &e) || len(e.Traceback) < 2 {
			t.Fatalf("%s: %v", c.code, err)
		}
		if e.Traceback[0] != c.first || e.Traceback[1] != c.frame {
			t.Errorf("%s: traceback %q, want %q, %q first", c.code, e.Traceback, c.first, c.frame)
		}
	}
}

// A nil pointer dereference in a function that dereferences pointers on
// several lines names the line that ran (a mark of it): the one of the
// pointer that was nil.
func TestPanicLineNilAmongSeveral(t *testing.T) {
	s := New(richOpts())
	if _, err := s.Execute(context.Background(), "type Node struct {\n\tVal  int\n\tNext *Node\n}\n\nfunc secondVal(n *Node) int {\n\tfirst := n.Val\n\tfirst++\n\treturn n.Next.Val + first\n}", 1); err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct{ code, frame string }{
		{"secondVal(&Node{1, &Node{2, nil}})\nsecondVal(&Node{1, nil})", "Cell In[1], line 9, in secondVal"},
		{"secondVal(&Node{1, &Node{2, nil}})\nsecondVal(nil)", "Cell In[1], line 7, in secondVal"},
	} {
		_, err := s.Execute(context.Background(), c.code, i+2)
		var e *Error
		if !errors.As(err, &e) || len(e.Traceback) < 2 {
			t.Fatalf("%s: %v", c.code, err)
		}
		if e.Traceback[1] != c.frame {
			t.Errorf("%s: traceback %q, want %q second", c.code, e.Traceback, c.frame)
		}
	}
}
