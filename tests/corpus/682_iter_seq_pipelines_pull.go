//go:build ignore

// Iterators with iter.Seq and range-over-func as a notebook explores
// them: generators (naturals, primes by trial division), adapters
// (Map, Filter, Take, Chunk, Zip via iter.Pull), iterators over a
// generic linked list and over a tree's nodes with early stop, maps.All
// sorted by slices.Sorted(maps.Keys(...)), strings.SplitSeq and
// strings.Lines, and an iterator whose producer defers its cleanup.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

//cell

func Naturals(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := from; ; n++ {
			if !yield(n) {
				return
			}
		}
	}
}

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
	next:
		for n := range Naturals(2) {
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					continue next
				}
			}
			found = append(found, n)
			if !yield(n) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			if i++; i == n {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

//cell

func Chunk[T any](seq iter.Seq[T], size int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var buf []T
		for v := range seq {
			buf = append(buf, v)
			if len(buf) == size {
				if !yield(buf) {
					return
				}
				buf = nil
			}
		}
		if len(buf) > 0 {
			yield(buf)
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
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

type List[T any] struct {
	head *elem[T]
	n    int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) PushFront(vs ...T) {
	for _, v := range vs {
		l.head = &elem[T]{v, l.head}
		l.n++
	}
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

//cell

type Tree struct {
	Name     string
	Children []*Tree
}

func (t *Tree) Walk() iter.Seq2[int, *Tree] {
	return func(yield func(int, *Tree) bool) {
		var walk func(t *Tree, depth int) bool
		walk = func(t *Tree, depth int) bool {
			if !yield(depth, t) {
				return false
			}
			for _, c := range t.Children {
				if !walk(c, depth+1) {
					return false
				}
			}
			return true
		}
		walk(t, 0)
	}
}

var events []string

func Lines(name string, text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		events = append(events, "open "+name)
		defer func() { events = append(events, "close "+name) }()
		for line := range strings.Lines(text) {
			if !yield(strings.TrimRight(line, "\n")) {
				return
			}
		}
	}
}

var fs = &Tree{"/", []*Tree{
	{"etc", []*Tree{{"hosts", nil}, {"passwd", nil}}},
	{"usr", []*Tree{{"bin", []*Tree{{"go", nil}}}, {"lib", nil}}},
	{"tmp", nil},
}}

//cell

func main() {
	fmt.Println(slices.Collect(Take(Primes(), 15)))
	squares := Map(Filter(Naturals(1), func(n int) bool { return n%3 == 0 }), func(n int) string {
		return fmt.Sprint(n * n)
	})
	fmt.Println(slices.Collect(Take(squares, 5)))
	for c := range Chunk(Take(Naturals(10), 7), 3) {
		fmt.Print(c, len(c), cap(c) >= len(c), " ")
	}
	fmt.Println()
	for p, name := range Zip(Primes(), slices.Values([]string{"two", "three", "five"})) {
		fmt.Printf("%d=%s ", p, name)
	}
	fmt.Println()

	var l List[rune]
	l.PushFront([]rune("golang")...)
	for i, r := range l.All() {
		if i == 4 {
			break
		}
		fmt.Printf("%d%c ", i, r)
	}
	fmt.Println(l.n)

	for depth, t := range fs.Walk() {
		if t.Name == "lib" {
			break
		}
		fmt.Printf("%s%s\n", strings.Repeat("  ", depth), t.Name)
	}

	stock := map[string]int{"pear": 3, "apple": 5, "fig": 0, "kiwi": 12}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Print(k, ":", stock[k], " ")
	}
	fmt.Println()
	inStock := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range maps.All(stock) {
			if v > 0 && !yield(strings.ToUpper(k), v) {
				return
			}
		}
	})
	fmt.Println(len(inStock), slices.Sorted(maps.Values(inStock)))
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for line := range Lines("notes", "first\nsecond\nthird\n") {
		if line == "third" {
			break
		}
		fmt.Println(">", line)
	}
	n := 0
	for range Lines("all", "x\ny") {
		n++
	}
	fmt.Println(n, events)
	next, stop := iter.Pull(Take(Primes(), 3))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	fmt.Println(a, ok1, b, ok2, c, ok3)
}
