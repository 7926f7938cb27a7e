//go:build ignore

// A generic Container interface whose All returns an iter.Seq, met by a
// generic Bag and a cell slice type; iterators held in package variables
// as method values and method expressions and ranged over through them;
// slices.SortedFunc/Backward/All and maps.Collect over cell structs; a
// generic Stack embedded in a struct, drained by iter.Pull.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

//cell

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Container[T any] interface {
	All() iter.Seq[T]
	Len() int
}

type Bag[T comparable] struct {
	counts map[T]int
}

func NewBag[T comparable](xs ...T) *Bag[T] {
	b := &Bag[T]{counts: map[T]int{}}
	for _, x := range xs {
		b.counts[x]++
	}
	return b
}

func (b *Bag[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for k, n := range b.counts {
			for range n {
				if !yield(k) {
					return
				}
			}
		}
	}
}

func (b *Bag[T]) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	return n
}

type Line []Point

func (l Line) All() iter.Seq[Point] { return slices.Values(l) }
func (l Line) Len() int             { return len(l) }

func Describe[T any](c Container[T], key func(T) string) string {
	var ks []string
	for x := range c.All() {
		ks = append(ks, key(x))
	}
	slices.Sort(ks)
	return fmt.Sprintf("%d:%s", c.Len(), strings.Join(ks, ","))
}

//cell

var pts = Line{{3, 1}, {1, 2}, {3, 1}, {0, 0}}

var bag = NewBag(pts...)

var (
	bagAll  = bag.All
	lineAll = Line.All
	sources = map[string]func() iter.Seq[Point]{"bag": bag.All, "line": pts.All}
)

func containers() {
	fmt.Println(Describe[Point](pts, Point.String))
	fmt.Println(Describe[Point](bag, func(p Point) string { return fmt.Sprint(p.X + p.Y) }))
	var c Container[Point] = bag
	sorted := slices.SortedFunc(c.All(), func(a, b Point) int { return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) })
	fmt.Println(sorted, slices.Collect(pts.All()))
	for i, p := range slices.Backward(pts) {
		fmt.Print(i, p, " ")
	}
	fmt.Println()
}

func heldIterators() {
	n := 0
	for range bagAll() {
		n++
	}
	sum := 0
	for p := range lineAll(pts[:2]) {
		sum += p.X * p.Y
	}
	fmt.Println(n, bag.Len(), sum)
	for _, name := range slices.Sorted(maps.Keys(sources)) {
		xs := 0
		for p := range sources[name]() {
			xs += p.X
		}
		fmt.Print(name, "=", xs, " ")
	}
	fmt.Println()
	byPoint := maps.Collect(func(yield func(Point, string) bool) {
		for i, p := range slices.All(pts) {
			if !yield(p, fmt.Sprint("#", i)) {
				return
			}
		}
	})
	keys := slices.SortedFunc(maps.Keys(byPoint), func(a, b Point) int { return cmp.Compare(a.X*10+a.Y, b.X*10+b.Y) })
	fmt.Println(keys, byPoint[Point{3, 1}], len(byPoint))
}

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}
func (s *Stack[T]) Drain() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			x, ok := s.Pop()
			if !ok || !yield(x) {
				return
			}
		}
	}
}

type History struct {
	Stack[string]
	limit int
}

//cell

func main() {
	containers()
	heldIterators()
	h := &History{limit: 3}
	for _, s := range strings.Fields("open edit save close") {
		h.Push(s)
	}
	next, stop := iter.Pull(h.Drain())
	a, _ := next()
	b, _ := next()
	stop()
	fmt.Println(a, b, len(h.items), h.items)
	drain := h.Drain
	for s := range drain() {
		fmt.Print(s, ";")
	}
	fmt.Println(len(h.items))
	var ps Stack[Point]
	ps.Push(Point{1, 1})
	ps.Push(Point{2, 2})
	fmt.Println(slices.Collect(ps.Drain()))
}
