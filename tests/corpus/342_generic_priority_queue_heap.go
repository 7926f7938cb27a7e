//go:build ignore

// A job scheduler on container/heap: the heap works on a generic slice
// type Heap[T] whose order comes from a less function, wrapped in a
// PriorityQueue[T] with Push/Pop/Peek; used with a cell struct ordered by
// priority then arrival, and with ints for a k-smallest query.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

// Heap is a slice ordered by less, for container/heap.
type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *Heap[T]) Len() int           { return len(h.items) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *Heap[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *Heap[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.items) - 1
	v := h.items[n]
	h.items = h.items[:n]
	return v
}

// PriorityQueue is a typed face for Heap.
type PriorityQueue[T any] struct {
	h *Heap[T]
}

func NewPQ[T any](less func(a, b T) bool, init ...T) PriorityQueue[T] {
	h := &Heap[T]{items: append([]T(nil), init...), less: less}
	heap.Init(h)
	return PriorityQueue[T]{h}
}

func (q PriorityQueue[T]) Push(v T)    { heap.Push(q.h, v) }
func (q PriorityQueue[T]) Pop() T      { return heap.Pop(q.h).(T) }
func (q PriorityQueue[T]) Peek() T     { return q.h.items[0] }
func (q PriorityQueue[T]) Len() int    { return q.h.Len() }
func (q PriorityQueue[T]) Empty() bool { return q.h.Len() == 0 }

//cell

// Job is a unit of work with a priority (lower runs first).
type Job struct {
	Name     string
	Priority int
	Seq      int
}

func byPriority(a, b Job) bool {
	if c := cmp.Compare(a.Priority, b.Priority); c != 0 {
		return c < 0
	}
	return a.Seq < b.Seq
}

// Smallest returns the k smallest values in ascending order.
func Smallest[T cmp.Ordered](xs []T, k int) []T {
	q := NewPQ(func(a, b T) bool { return a < b }, xs...)
	var out []T
	for range min(k, q.Len()) {
		out = append(out, q.Pop())
	}
	return out
}

//cell

func main() {
	seq := 0
	job := func(name string, p int) Job {
		seq++
		return Job{name, p, seq}
	}
	q := NewPQ(byPriority, job("backup", 3), job("email", 1), job("index", 2))
	q.Push(job("alert", 0))
	q.Push(job("report", 2))
	fmt.Printf("next: %+v of %d\n", q.Peek(), q.Len())
	var order []string
	for !q.Empty() {
		j := q.Pop()
		order = append(order, fmt.Sprintf("%s(p%d,#%d)", j.Name, j.Priority, j.Seq))
		if j.Name == "email" {
			q.Push(job("reply", 1))
		}
	}
	fmt.Println(strings.Join(order, " "))

	fmt.Println(Smallest([]int{9, 4, 7, 1, 8, 2}, 3))
	fmt.Println(Smallest([]string{"pear", "fig", "apple"}, 5))
	fmt.Println(Smallest([]float64{}, 2) == nil)

	maxq := NewPQ(func(a, b float64) bool { return a > b }, 2.5, 9.75, 1)
	fmt.Println(maxq.Pop(), maxq.Pop(), maxq.Len())
	fmt.Printf("%T\n", maxq)
}
