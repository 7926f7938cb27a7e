//go:build ignore

// The Go blog's "Range Over Function Types": a generic Set[E] with an
// All method returning iter.Seq[E], a push iterator over a binary tree
// that stops when yield returns false, iter.Pull turning it into a pull
// iterator to compare two trees, an iter.Seq2 of index and value walking
// backward, adapters (Filter, Take) composed, slices.Collect and
// maps.Keys sorted, break and return from the loop body, and defer in a
// loop body running when the enclosing function returns.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

//cell

type Set[E comparable] struct {
	m map[E]struct{}
}

func NewSet[E comparable]() *Set[E] {
	return &Set[E]{m: make(map[E]struct{})}
}

func (s *Set[E]) Add(v E) { s.m[v] = struct{}{} }

func (s *Set[E]) Contains(v E) bool {
	_, ok := s.m[v]
	return ok
}

func (s *Set[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for v := range s.m {
			if !yield(v) {
				return
			}
		}
	}
}

func Union[E comparable](s1, s2 *Set[E]) *Set[E] {
	r := NewSet[E]()
	for v := range s1.All() {
		r.Add(v)
	}
	for v := range s2.All() {
		r.Add(v)
	}
	return r
}

//cell

type Tree[E any] struct {
	val         E
	left, right *Tree[E]
}

func (t *Tree[E]) Insert(v E, less func(a, b E) bool) *Tree[E] {
	if t == nil {
		return &Tree[E]{val: v}
	}
	if less(v, t.val) {
		t.left = t.left.Insert(v, less)
	} else {
		t.right = t.right.Insert(v, less)
	}
	return t
}

func (t *Tree[E]) push(yield func(E) bool) bool {
	if t == nil {
		return true
	}
	return t.left.push(yield) && yield(t.val) && t.right.push(yield)
}

func (t *Tree[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) { t.push(yield) }
}

func EqSeq[E comparable](s1, s2 iter.Seq[E]) bool {
	next1, stop1 := iter.Pull(s1)
	defer stop1()
	next2, stop2 := iter.Pull(s2)
	defer stop2()
	for {
		v1, ok1 := next1()
		v2, ok2 := next2()
		if !ok1 {
			return !ok2
		}
		if ok1 != ok2 || v1 != v2 {
			return false
		}
	}
}

//cell

func Backward[E any](s []E) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func Filter[V any](f func(V) bool, seq iter.Seq[V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[V any](n int, seq iter.Seq[V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func firstLong(words iter.Seq[string], n int) string {
	for w := range words {
		if len(w) >= n {
			return w
		}
	}
	return "(none)"
}

func withDefers(seq iter.Seq[int]) {
	defer fmt.Println("function done")
	for v := range seq {
		defer fmt.Println("deferred", v)
	}
	fmt.Println("loop done")
}

//cell

func main() {
	s1, s2 := NewSet[string](), NewSet[string]()
	for _, w := range strings.Fields("go is fun") {
		s1.Add(w)
	}
	for _, w := range strings.Fields("fun is rare") {
		s2.Add(w)
	}
	u := Union(s1, s2)
	fmt.Println(slices.Sorted(u.All()), u.Contains("rare"), u.Contains("dull"))
	fmt.Println(slices.Sorted(maps.Keys(u.m)))

	less := func(a, b int) bool { return a < b }
	var t1, t2, t3 *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t1 = t1.Insert(v, less)
	}
	for _, v := range []int{1, 3, 4, 5, 8} {
		t2 = t2.Insert(v, less)
	}
	for _, v := range []int{1, 3, 4, 5} {
		t3 = t3.Insert(v, less)
	}
	fmt.Println(slices.Collect(t1.All()), slices.Collect(t2.All()))
	fmt.Println(EqSeq(t1.All(), t2.All()), EqSeq(t1.All(), t3.All()), EqSeq(t3.All(), t1.All()))
	for v := range t1.All() {
		if v > 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	for i, w := range Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println(slices.Collect(Take(2, Filter(odd, t1.All()))))
	fmt.Println(slices.Collect(Take(0, t1.All())), slices.Collect(Take(10, Filter(odd, slices.Values([]int{9, 2, 7})))))
	words := slices.Values(strings.Fields("a tiny little enormous word"))
	fmt.Println(firstLong(words, 6), firstLong(words, 20))
	withDefers(slices.Values([]int{1, 2, 3}))

	next, stop := iter.Pull(t2.All())
	a, ok := next()
	b, _ := next()
	stop()
	c, ok2 := next()
	fmt.Println(a, ok, b, c, ok2)
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
}
