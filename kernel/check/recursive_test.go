package check

import (
	"errors"
	"testing"
)

// A type that refers to itself through function, slice, map, channel or
// pointer types only (type stateFn func(*lexer) stateFn) is refused
// with an error of the interpreter's, before it runs: yaegi v0.16.1
// cannot build a reflect type for it and its process died (reflect.Type
// is nil, or a stack overflow), taking the notebook's earlier functions
// with it. Through a struct or an interface the same recursion runs.
func TestRecursiveFuncTypeRefused(t *testing.T) {
	const msg = "cannot use the type stateFn here: it is made of itself through function, slice, map, channel or pointer types (func(*lexer) stateFn), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type stateFn struct{ next func(*lexer) stateFn })"
	runSteps(t,
		step{"type lexer struct{ pos int }\nfunc keep() int { return 7 }", ""},
		step{"type stateFn func(*lexer) stateFn", "error: 1:6: " + msg},
		step{"type A func() []B\n\ntype B map[string]A", "error: 1:6: cannot use the type A here: it is made of itself through function, slice, map, channel or pointer types (func() []B), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type A struct{ next func() []B }) (and 1 more errors)"},
		step{`type node struct {
	next func() *node
	n    int
}

type Visitor interface{ Visit(int) Visitor }

n := &node{n: 4}
n.next = func() *node { return n }
fmt.Println(n.next().n, keep())`, "4 7\n"},
	)
	nb := newNotebook(t)
	_, err := nb.run("type F func(int) (F, bool)")
	var es Errors
	if !errors.As(err, &es) || !es[0].Interp {
		t.Errorf("got %v, want an error of the interpreter's", err)
	}
}
