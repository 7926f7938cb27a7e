package check

import (
	"maps"
	"slices"
	"testing"
)

// A body's calls are recorded by what they may call: a function by name,
// a method by the type declaring it or, through an interface, by its
// name, a func value or a compiled function given what may call back as
// CallsAny, a literal called where it is written by its name; a deferred
// call at line 0; a builtin, a conversion and a compiled function given
// plain values not at all; a compiled function, also, by the name of its
// frame in Go's runtime (CallsCompiled).
func TestCallSites(t *testing.T) {
	src := `import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface{ Area() int }
type Sq struct{ n int }

func (s Sq) Area() int { return s.n }
func g() {}
func f(s Shape, q Sq, fn func(), xs []int) {
	g()
	q.Area()
	s.Area()
	fn()
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(len(xs), strings.Repeat("x", 2))
	fmt.Println(q)
	_ = int64(len(xs))
	func() { g() }()
	defer g()
}`
	nb := newNotebook(t)
	r := nb.check(src)
	l := r.Decls[len(r.Decls)-1]
	want := map[string][]int{"g": {0, 13}, "Sq.Area": {14}, ".Area": {15}, CallsAny: {16, 17, 19}, "func2": {21},
		CallsCompiled + "sort.Slice": {17}, CallsCompiled + "fmt.Println": {18, 19}, CallsCompiled + "strings.Repeat": {18}}
	if !maps.EqualFunc(l.Calls, want, slices.Equal) {
		t.Errorf("calls %v, want %v", l.Calls, want)
	}
	if len(l.Lits) != 2 || !maps.EqualFunc(l.Lits[1].Calls, map[string][]int{"g": {21}}, slices.Equal) {
		t.Errorf("literals %+v", l.Lits)
	}
}

// A range over a function calls the function: CallsAny at the for's line
// (the iterator's frame, and the body's inside it, are below the one of
// the function the loop is in); a range over an int or a slice calls
// nothing.
func TestCallSitesRangeOverFunc(t *testing.T) {
	src := `import "iter"

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}
func f(xs []int) (s int) {
	for v := range count(3) {
		s += v
	}
	for i := range 2 {
		s += i
	}
	for _, x := range xs {
		s += x
	}
	return s
}`
	nb := newNotebook(t)
	r := nb.check(src)
	l := r.Decls[len(r.Decls)-1]
	want := map[string][]int{"count": {13}, CallsAny: {13}}
	if !maps.EqualFunc(l.Calls, want, slices.Equal) {
		t.Errorf("calls %v, want %v", l.Calls, want)
	}
}
