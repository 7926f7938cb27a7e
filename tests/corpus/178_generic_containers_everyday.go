//go:build ignore

// Generic containers and helpers as a notebook grows them: Stack[T] and
// Queue[T] with methods in a later cell, Map/Filter/Reduce, a Number
// constraint with ~, a Pair[K, V], and named types of basic underlying
// types passing through them.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Stack[T any] struct {
	items []T
}

type Queue[T any] struct {
	head, tail []T
}

var ErrEmpty = errors.New("empty")

//cell

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

func (q *Queue[T]) Put(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Get() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

//cell

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Score float32

//cell

func main() {
	var s Stack[string]
	s.Push("a", "b")
	s.Push("c")
	top, err := s.Pop()
	fmt.Println(top, err, s.Len(), s)
	s.Pop()
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty), s.Len())

	q := &Queue[Pair[string, int]]{}
	for i, w := range strings.Fields("one two three") {
		q.Put(Pair[string, int]{w, i + 1})
	}
	first, _ := q.Get()
	q.Put(Pair[string, int]{"four", 4})
	var rest []string
	for {
		p, ok := q.Get()
		if !ok {
			break
		}
		rest = append(rest, p.String())
	}
	fmt.Println(first, rest)

	nums := []int{5, 3, 8, 1, 9, 2}
	sq := Map(nums, func(n int) int { return n * n })
	odd := Filter(sq, func(n int) bool { return n%2 == 1 })
	fmt.Println(sq, odd, Sum(odd), Average(nums))
	words := Map(nums, func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(Reduce(words, 0, func(acc int, w string) int { return acc + len(w) }), words[3])

	prices := []Cents{1999, 250, 5}
	fmt.Println(Sum(prices), prices, Average(prices))
	scores := []Score{9.5, 7.25, 8}
	fmt.Printf("%.3f %v %T\n", Average(scores), Sum(scores), Sum(scores))

	byLen := GroupBy(strings.Fields("go is a fun language to use and go is fast"), func(w string) int { return len(w) })
	lens := SortedPairs(byLen)
	fmt.Println(lens)
	fmt.Printf("%v|%s|%d\n", lens[0], lens[1], len(lens))
	counts := map[string]int{}
	for _, w := range strings.Fields("b a c a b a") {
		counts[w]++
	}
	ps := SortedPairs(counts)
	slices.SortStableFunc(ps, func(a, b Pair[string, int]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Println(ps, slices.Max(Map(ps, func(p Pair[string, int]) int { return p.Val })))
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Index(nums, 9), slices.Contains(words, "***"), cmp.Compare("a", "b"))
}
