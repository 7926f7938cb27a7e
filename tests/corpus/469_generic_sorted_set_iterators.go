//go:build ignore

// Generic types with methods and constraints across cells: an ordered
// set with a method returning an iterator, a constraint with a method,
// a generic pair with a Stringer, iter.Pull over a cell type's sequence,
// maps.All and slices.Chunk, Collect and Sorted.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Sorted[T cmp.Ordered] struct{ items []T }

func (s *Sorted[T]) Add(vs ...T) *Sorted[T] {
	for _, v := range vs {
		i, found := slices.BinarySearch(s.items, v)
		if !found {
			s.items = slices.Insert(s.items, i, v)
		}
	}
	return s
}

func (s *Sorted[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s.items {
			if !yield(i, v) {
				return
			}
		}
	}
}

func (s *Sorted[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range slices.Backward(s.items) {
			if !yield(v) {
				return
			}
		}
	}
}

//cell

type Labeled interface {
	comparable
	Label() string
}

type Pair[K Labeled, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%s→%v", p.Key.Label(), p.Val) }

type Color int

func (c Color) Label() string { return [...]string{"red", "green", "blue"}[c] }

func Index[K Labeled, V any](ps []Pair[K, V]) map[K]V {
	m := make(map[K]V, len(ps))
	for _, p := range ps {
		m[p.Key] = p.Val
	}
	return m
}

//cell

var nums = new(Sorted[int]).Add(5, 1, 9, 1, 3)
var words = (&Sorted[string]{}).Add("pear", "fig", "apple")

func init() {
	for i, v := range nums.All() {
		if i > 2 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(slices.Collect(words.Backward()))
}

//cell

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nextB()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

//cell

func main() {
	for n, w := range zip(nums.Backward(), words.Backward()) {
		fmt.Println(n, strings.ToUpper(w))
	}
	ps := []Pair[Color, float64]{{0, 1.5}, {2, 0.25}, {1, 3}}
	fmt.Println(ps)
	idx := Index(ps)
	for _, k := range slices.Sorted(maps.Keys(idx)) {
		fmt.Print(k.Label(), ":", idx[k], " ")
	}
	fmt.Println()
	for k, v := range maps.All(map[Color]int{2: 20}) {
		fmt.Println(k, v)
	}
	for chunk := range slices.Chunk(nums.items, 2) {
		fmt.Print(chunk, len(chunk), cap(chunk), ";")
	}
	fmt.Println()
	next, stop := iter.Pull2(nums.All())
	i, v, ok := next()
	i2, v2, _ := next()
	stop()
	_, _, ok3 := next()
	fmt.Println(i, v, ok, i2, v2, ok3)
}
