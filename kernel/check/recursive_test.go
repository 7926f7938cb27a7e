package check

import (
	"errors"
	"testing"
)

// A type that refers to itself through slice, map, channel or pointer
// types only (type L []L), or through a function type the lowering
// cannot box (its variadic parameter, type V func(...V) V; generic), is
// refused with an error of the interpreter's, before it runs: yaegi
// v0.16.1 cannot build a reflect type for it and its process died
// (reflect.Type is nil, or a stack overflow), taking the notebook's
// earlier functions with it. Through a struct or an interface the same
// recursion runs, and through a function type the lowering boxes
// (recfuncs.go).
func TestRecursiveFuncTypeRefused(t *testing.T) {
	const msg = "cannot use the type L here: it is made of itself through function, slice, map, channel or pointer types ([]L), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type L struct{ next []L })"
	runSteps(t,
		step{"type lexer struct{ pos int }\nfunc keep() int { return 7 }", ""},
		step{"type L []L", "error: 1:6: " + msg},
		step{"type V func(...V) V", "error: 1:6: cannot use the type V here: it is made of itself through function, slice, map, channel or pointer types (func(...V) V), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type V struct{ next func(...V) V })"},
		step{"type F[T any] func(T) F[T]", "error: 1:6: cannot use the type F here: it is made of itself through function, slice, map, channel or pointer types (func(T) F[T]), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type F struct{ next func(T) F[T] })"},
		step{"type stateFn func(*lexer) stateFn\n\ntype A func() []B\n\ntype B map[string]A\n\ntype C func() D\n\ntype D []D", "error: 9:6: cannot use the type D here: it is made of itself through function, slice, map, channel or pointer types ([]D), for which yaegi v0.16.1 builds no reflect type (a struct around it works: type D struct{ next []D })"},
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
	_, err := nb.run("type M map[string]M")
	var es Errors
	if !errors.As(err, &es) || !es[0].Interp {
		t.Errorf("got %v, want an error of the interpreter's", err)
	}
}
