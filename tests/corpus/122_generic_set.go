//go:build ignore

// A generic set type with methods, union and intersection, across cells.
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }

//cell

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.Add(k)
	}
	for k := range o.m {
		out.Add(k)
	}
	return out
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			out.Add(k)
		}
	}
	return out
}

//cell

func sortedInts(s *Set[int]) []int {
	var out []int
	for k := range s.m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

//cell

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(sortedInts(a.Union(b)), sortedInts(a.Intersect(b)))
	fmt.Println(a.Has(2), b.Has(2), a.Len())
	words := NewSet("go", "rust", "go")
	fmt.Println(words.Len(), words.Has("go"))
}
