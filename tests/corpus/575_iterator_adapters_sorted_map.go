//go:build ignore

// Iterator adapters written over iter.Seq (Map, Reduce, Take,
// Enumerate over an endless Naturals), a compiled function passed as a
// generic argument (strconv.Itoa), cmp.Compare[int] as a value, and a
// generic SortedMap whose All, Backward and method-value Keys iterators
// feed maps.Collect, slices.Collect and an early break.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
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
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

//cell

type SortedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func (m *SortedMap[K, V]) Put(k K, v V) {
	if m.vals == nil {
		m.vals = map[K]V{}
	}
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *SortedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *SortedMap[K, V]) Keys(yield func(K) bool) {
	for _, k := range m.keys {
		if !yield(k) {
			return
		}
	}
}

func (m *SortedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Backward(m.keys) {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

//cell

func step1() {
	squares := Map(Take(Naturals(), 5), func(n int) int { return n * n })
	fmt.Println(slices.Collect(squares))
	strs := slices.Collect(Map(squares, strconv.Itoa))
	fmt.Println(strings.Join(strs, "+"), "=", Reduce(squares, 0, func(a, b int) int { return a + b }))
	for i, s := range Enumerate(slices.Values(strs)) {
		if i > 2 {
			break
		}
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()
	xs := []int{5, 2, 8}
	slices.SortFunc(xs, cmp.Compare[int])
	fmt.Println(xs)
	var sm SortedMap[string, int]
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		n, _ := sm.vals[w]
		sm.Put(w, n+1)
	}
	for k, v := range sm.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(sm.Keys)[:3])
	for k := range sm.Keys {
		if k > "f" {
			fmt.Println("first after f:", k)
			break
		}
	}
	n := 0
	for k, v := range sm.Backward() {
		fmt.Print(k, v, ",")
		if n++; n == 3 {
			break
		}
	}
	fmt.Println()
	counts := maps.Collect(sm.All())
	fmt.Println(len(counts), counts["the"])
	longest := Reduce(iter.Seq[string](sm.Keys), "", func(a, k string) string {
		if len(k) > len(a) {
			return k
		}
		return a
	})
	fmt.Println(longest)
	var im SortedMap[float64, []string]
	im.Put(2.5, []string{"b"})
	im.Put(-1, nil)
	im.Put(2.5, append(im.vals[2.5], "c"))
	for k, v := range im.All() {
		fmt.Println(k, v, len(v))
	}
}

//cell

func main() {
	step1()
}
