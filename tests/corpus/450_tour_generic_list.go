//go:build ignore

// A Tour of Go's generics: Index[T comparable] over slices of several
// types, a singly linked List[T any] with Push, a String method and an
// All iterator, a generic Map between lists, a Number constraint with a
// ~ union summing named types, and a generic Pair with methods.
package main

import (
	"fmt"
	"strings"
)

//cell

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) String() string {
	var parts []string
	for e := l; e != nil; e = e.next {
		parts = append(parts, fmt.Sprint(e.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func (l *List[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for e := l; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

//cell

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	var vals []U
	for v := range l.All() {
		vals = append(vals, f(v))
	}
	var out *List[U]
	for i := len(vals) - 1; i >= 0; i-- {
		out = out.Push(vals[i])
	}
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Meters float64

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

//cell

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"), Index(ss, "baz"))
	fmt.Println(Index([]Meters{1.5, 2.5}, 2.5))

	var l *List[int]
	for i := 1; i <= 4; i++ {
		l = l.Push(i * i)
	}
	fmt.Println(l, l.Len())
	for v := range l.All() {
		if v < 5 {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	words := MapList(l, func(n int) string { return strings.Repeat("*", n%5) })
	fmt.Println(words, words.Len())
	fmt.Printf("%T %T\n", l, words)
	var empty *List[string]
	fmt.Println(empty, empty.Len())

	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](1.5, 2))
	fmt.Printf("%v %T\n", Sum[Meters](3, 4), Sum[Meters](3, 4))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, Index(ps, Pair[string, int]{"b", 2}))
	fmt.Printf("%+v %T\n", ps[0], ps[0])
}
