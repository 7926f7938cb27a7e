//go:build ignore

// A running median over a stream of readings with two heaps from
// container/heap (a max-heap of the lower half, a min-heap of the upper
// half), rebalanced by moving heap.Pop's results across; a generic heap
// type over a less function; the last readings of each half drained and
// kept.
package main

import (
	"container/heap"
	"fmt"
)

type Heap[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (h *Heap[T]) Len() int           { return len(h.xs) }
func (h *Heap[T]) Less(i, j int) bool { return h.less(h.xs[i], h.xs[j]) }
func (h *Heap[T]) Swap(i, j int)      { h.xs[i], h.xs[j] = h.xs[j], h.xs[i] }
func (h *Heap[T]) Push(x any)         { h.xs = append(h.xs, x.(T)) }
func (h *Heap[T]) Pop() any {
	n := len(h.xs)
	x := h.xs[n-1]
	h.xs = h.xs[:n-1]
	return x
}
func (h *Heap[T]) Peek() T { return h.xs[0] }

//cell

type Median struct {
	lo, hi *Heap[float64]
}

func NewMedian() *Median {
	return &Median{
		lo: &Heap[float64]{less: func(a, b float64) bool { return a > b }},
		hi: &Heap[float64]{less: func(a, b float64) bool { return a < b }},
	}
}

func (m *Median) Add(x float64) {
	if m.lo.Len() == 0 || x <= m.lo.Peek() {
		heap.Push(m.lo, x)
	} else {
		heap.Push(m.hi, x)
	}
	for m.lo.Len() > m.hi.Len()+1 {
		heap.Push(m.hi, heap.Pop(m.lo))
	}
	for m.hi.Len() > m.lo.Len() {
		heap.Push(m.lo, heap.Pop(m.hi))
	}
}

func (m *Median) Value() float64 {
	if m.lo.Len() > m.hi.Len() {
		return m.lo.Peek()
	}
	return (m.lo.Peek() + m.hi.Peek()) / 2
}

//cell

func main() {
	m := NewMedian()
	readings := []float64{5, 15, 1, 3, 8, 7, 9, 10, 20, 2}
	for i, r := range readings {
		m.Add(r)
		fmt.Printf("after %2d readings (+%4.1f): median %.1f\n", i+1, r, m.Value())
	}
	var lower, upper []any
	for m.lo.Len() > 0 {
		lower = append(lower, heap.Pop(m.lo))
	}
	for m.hi.Len() > 0 {
		upper = append(upper, heap.Pop(m.hi))
	}
	fmt.Println("lower half, largest first:", lower)
	fmt.Println("upper half, smallest first:", upper)
}
