//go:build ignore

// An ordered map with All/Keys iterator methods over a cell struct
// pointer; a later cell adds a method (Len) used on the map made before,
// and a generic filter over iter.Seq2.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

//cell

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

type Employee struct {
	Name string
	Dept string
	Pay  int
}

//cell

var m *OrderedMap[string, *Employee]

func step1() {
	m = NewOrderedMap[string, *Employee]()
	for _, e := range []Employee{{"zoe", "ops", 90}, {"al", "dev", 120}, {"kim", "dev", 100}} {
		m.Set(e.Name, &e)
	}
	for k, v := range m.All() {
		fmt.Printf("%s %+v\n", k, *v)
	}
	fmt.Println(slices.Collect(m.Keys()))
	fmt.Printf("%T\n", m)
}

//cell

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func Filter[K cmp.Ordered, V any](seq iter.Seq2[K, V], f func(V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if f(v) && !yield(k, v) {
				return
			}
		}
	}
}

//cell

func step2() {
	for k, v := range Filter(m.All(), func(e *Employee) bool { return e.Dept == "dev" }) {
		fmt.Println(k, v.Pay)
	}
	fmt.Println(m.Len())
	counts := NewOrderedMap[string, int]()
	for _, w := range strings.Fields("b a c a b a") {
		old := 0
		for k, v := range counts.All() {
			if k == w {
				old = v
			}
		}
		counts.Set(w, old+1)
	}
	for k, v := range counts.All() {
		fmt.Print(k, "=", v, " ")
		if k == "b" {
			break
		}
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", *counts, *counts)
}

//cell

func main() {
	step1()
	step2()
}
