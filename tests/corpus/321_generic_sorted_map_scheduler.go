//go:build ignore

// Generic containers of our own that speak the iterator language of Go
// 1.23: a sorted map kept with slices.BinarySearchFunc and cmp.Compare,
// with All, Backward, Keys and Range methods returning iter.Seq2/iter.Seq,
// and a binary heap ordered by a cmp-style function; a scheduler uses
// both. Constraints with ~, inference from arguments and results.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type entry[K cmp.Ordered, V any] struct {
	key K
	val V
}

// SortedMap keeps its entries ordered by key.
type SortedMap[K cmp.Ordered, V any] struct {
	es []entry[K, V]
}

func (m *SortedMap[K, V]) find(k K) (int, bool) {
	return slices.BinarySearchFunc(m.es, k, func(e entry[K, V], k K) int { return cmp.Compare(e.key, k) })
}

func (m *SortedMap[K, V]) Set(k K, v V) {
	i, ok := m.find(k)
	if ok {
		m.es[i].val = v
		return
	}
	m.es = slices.Insert(m.es, i, entry[K, V]{k, v})
}

func (m *SortedMap[K, V]) Get(k K) (V, bool) {
	if i, ok := m.find(k); ok {
		return m.es[i].val, true
	}
	var zero V
	return zero, false
}

func (m *SortedMap[K, V]) Delete(k K) bool {
	i, ok := m.find(k)
	if ok {
		m.es = slices.Delete(m.es, i, i+1)
	}
	return ok
}

func (m *SortedMap[K, V]) Len() int { return len(m.es) }

//cell

func (m *SortedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, e := range m.es {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (m *SortedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, e := range slices.Backward(m.es) {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (m *SortedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

// Range yields the entries with lo <= key < hi.
func (m *SortedMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		i, _ := m.find(lo)
		for _, e := range m.es[i:] {
			if cmp.Less(e.key, hi) == false || !yield(e.key, e.val) {
				return
			}
		}
	}
}

//cell

// Heap is a binary min-heap ordered by cmp.
type Heap[T any] struct {
	items []T
	cmp   func(a, b T) int
}

func NewHeap[T any](cmp func(a, b T) int, items ...T) *Heap[T] {
	h := &Heap[T]{cmp: cmp}
	for _, it := range items {
		h.Push(it)
	}
	return h
}

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.cmp(h.items[i], h.items[p]) >= 0 {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.items) == 0 {
		return zero, false
	}
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.cmp(h.items[l], h.items[m]) < 0 {
			m = l
		}
		if r < len(h.items) && h.cmp(h.items[r], h.items[m]) < 0 {
			m = r
		}
		if m == i {
			return top, true
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

// Drain pops everything, in order, as a sequence.
func (h *Heap[T]) Drain() iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			x, ok := h.Pop()
			if !ok || !yield(x) {
				return
			}
		}
	}
}

//cell

type Minute int

type Task struct {
	Name     string
	Due      Minute
	Priority int
}

func byDueThenPriority(a, b Task) int {
	return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(b.Priority, a.Priority), strings.Compare(a.Name, b.Name))
}

func Collect2[K comparable, V any](seq iter.Seq2[K, V]) ([]K, []V) {
	var ks []K
	var vs []V
	for k, v := range seq {
		ks = append(ks, k)
		vs = append(vs, v)
	}
	return ks, vs
}

//cell

func main() {
	var byDue SortedMap[Minute, []string]
	h := NewHeap(byDueThenPriority,
		Task{"backup", 120, 1}, Task{"email", 15, 2}, Task{"deploy", 60, 5},
		Task{"lunch", 60, 9}, Task{"standup", 15, 2}, Task{"review", 90, 3})
	h.Push(Task{"coffee", 0, 1})

	for t := range h.Drain() {
		list, _ := byDue.Get(t.Due)
		byDue.Set(t.Due, append(list, t.Name))
		fmt.Printf("%3d %-8s p%d\n", t.Due, t.Name, t.Priority)
	}
	_, ok := h.Pop()
	fmt.Println("heap empty:", !ok, "slots:", byDue.Len())

	for due, names := range byDue.All() {
		fmt.Println("at", due, names)
	}
	keys, vals := Collect2(byDue.Backward())
	fmt.Println("backward", keys, len(vals))
	fmt.Println("keys", slices.Collect(byDue.Keys()))
	for due, names := range byDue.Range(15, 90) {
		fmt.Println("morning", due, strings.Join(names, "+"))
	}
	fmt.Println("deleted 60:", byDue.Delete(60), "again:", byDue.Delete(60))
	_, has := byDue.Get(60)
	fmt.Println("has 60:", has, slices.Collect(byDue.Keys()))

	// the same containers with other type arguments
	var words SortedMap[string, int]
	for i, w := range strings.Fields("pear fig apple fig kiwi apple fig") {
		n, _ := words.Get(w)
		words.Set(w, n+i)
	}
	for w, n := range words.All() {
		fmt.Print(w, ":", n, " ")
	}
	fmt.Println()
	for w := range words.Keys() {
		if w > "f" {
			fmt.Println("first after f:", w)
			break
		}
	}

	maxHeap := NewHeap(func(a, b float64) int { return cmp.Compare(b, a) }, 2.5, -1, 9.75, 3)
	top3 := []float64{}
	for v := range maxHeap.Drain() {
		top3 = append(top3, v)
		if len(top3) == 3 {
			break
		}
	}
	fmt.Println("top3", top3, "left", len(maxHeap.items))
	fmt.Printf("%T %T\n", maxHeap, words)
}
