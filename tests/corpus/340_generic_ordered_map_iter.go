//go:build ignore

// A settings file kept in an insertion-ordered map: OrderedMap[K, V] with
// Set/Get/Delete, iterators All (iter.Seq2), Keys and Values (iter.Seq)
// used with range-over-func, break and early return, and with
// slices.Collect, maps.Collect and slices.Sorted.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// OrderedMap remembers the order its keys were first set in.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

// NewOrderedMap makes an empty map.
func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.index[k]; !ok {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	delete(m.index, k)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

// All yields the pairs in insertion order.
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

func (m *OrderedMap[K, V]) Values() iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range m.All() {
			if !yield(v) {
				return
			}
		}
	}
}

//cell

// Setting is a cell type stored as a value.
type Setting struct {
	Value  string
	Source string
}

func (s Setting) String() string { return s.Value + " (" + s.Source + ")" }

func parse(src, name string, into *OrderedMap[string, Setting]) {
	for line := range strings.Lines(src) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		into.Set(strings.TrimSpace(k), Setting{strings.TrimSpace(v), name})
	}
}

func firstWhere[K comparable, V any](m *OrderedMap[K, V], ok func(K, V) bool) (K, V, bool) {
	for k, v := range m.All() {
		if ok(k, v) {
			return k, v, true
		}
	}
	var k K
	var v V
	return k, v, false
}

//cell

const defaults = `
# defaults
host = localhost
port = 8080
debug = false
workers = 4
`

const local = `
port = 9090
debug = true
theme = dark
`

//cell

func main() {
	conf := NewOrderedMap[string, Setting]()
	parse(defaults, "defaults", conf)
	parse(local, "local", conf)
	for k, v := range conf.All() {
		fmt.Printf("%-8s %v\n", k, v)
	}
	fmt.Println(slices.Collect(conf.Keys()))

	k, v, ok := firstWhere(conf, func(_ string, s Setting) bool { return s.Source == "local" })
	fmt.Println("first local:", k, v, ok)
	_, _, ok = firstWhere(conf, func(k string, _ Setting) bool { return k == "missing" })
	fmt.Println("missing:", ok)

	conf.Delete("debug")
	fmt.Println(conf.Delete("debug"), conf.Len(), slices.Collect(conf.Keys()))
	if s, ok := conf.Get("workers"); ok {
		fmt.Printf("%+v\n", s)
	}

	plain := maps.Collect(conf.All())
	fmt.Println(slices.Sorted(maps.Keys(plain)))
	for v := range conf.Values() {
		if v.Source == "local" {
			fmt.Println("local value", v.Value)
			break
		}
	}

	counts := NewOrderedMap[rune, int]()
	for _, r := range "mississippi" {
		n, _ := counts.Get(r)
		counts.Set(r, n+1)
	}
	for r, n := range counts.All() {
		fmt.Printf("%c=%d ", r, n)
	}
	fmt.Println()
	fmt.Printf("%T %d\n", counts, counts.Len())
}
