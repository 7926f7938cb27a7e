//go:build ignore

// Generic Map, Filter, Reduce and Sum over a constraint with ~, a
// generic Pair with String, a Set map type, sorted keys, a generic stack.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

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
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

func step1() {
	nums := []int{5, 3, 8, 1, 9, 2}
	sq := Map(nums, func(n int) int { return n * n })
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	fmt.Println(sq, even, Sum(nums), Sum([]Celsius{20.5, 21}), Reduce(nums, "", func(a string, n int) string { return a + fmt.Sprint(n) }))
	words := Map([]string{"go", "is", "fun"}, strings.ToUpper)
	fmt.Printf("%v %T\n", words, words)
}

//cell

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var pairs []Pair[string, int]

func step2() {
	ages := map[string]int{"bob": 31, "al": 25, "cy": 40}
	pairs = nil
	for _, k := range SortedKeys(ages) {
		pairs = append(pairs, Pair[string, int]{k, ages[k]})
	}
	fmt.Println(pairs, pairs[0])
	fmt.Printf("%v %+v %s\n", pairs[1], pairs[1], pairs[2])
	s := Set[string]{}
	s.Add("a", "b", "a")
	fmt.Println(len(s), s.Has("a"), s.Has("z"))
}

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

var st Stack[Pair[string, int]]

func step3() {
	for _, p := range pairs {
		st.Push(p)
	}
	for st.Len() > 0 {
		p, _ := st.Pop()
		fmt.Print(p, " ")
	}
	_, ok := st.Pop()
	fmt.Println(ok)
	people := []Pair[string, int]{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 2}}
	slices.SortStableFunc(people, func(a, b Pair[string, int]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Key < people[j].Key })
	idx, found := slices.BinarySearchFunc(people, "y", func(p Pair[string, int], k string) int { return strings.Compare(p.Key, k) })
	fmt.Println(people, idx, found, slices.MaxFunc(people, func(a, b Pair[string, int]) int { return cmp.Compare(a.Val, b.Val) }))
}

//cell

func main() {
	step1()
	step2()
	step3()
}
