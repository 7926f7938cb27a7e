//go:build ignore

// A priority queue over container/heap with a comparison function,
// instantiated with a cell struct, strings and pointers; a ring buffer
// with a String method printed with %v, %s and %+v.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

//cell

type PQ[T any] struct {
	items []T
	less  func(a, b T) int
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) < 0 }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

func NewPQ[T any](cmp func(a, b T) int, xs ...T) *PQ[T] {
	q := &PQ[T]{items: append([]T(nil), xs...), less: cmp}
	heap.Init(q)
	return q
}

type Task struct {
	Pri  int
	Name string
}

//cell

func step1() {
	q := NewPQ(func(a, b Task) int { return a.Pri - b.Pri }, Task{3, "c"}, Task{1, "a"}, Task{2, "b"})
	heap.Push(q, Task{0, "urgent"})
	for q.Len() > 0 {
		t := heap.Pop(q).(Task)
		fmt.Printf("%d:%s ", t.Pri, t.Name)
	}
	fmt.Println()
}

//cell

func step2() {
	qs := NewPQ(strings.Compare, "pear", "apple", "fig")
	heap.Push(qs, "banana")
	var out []string
	for qs.Len() > 0 {
		out = append(out, heap.Pop(qs).(string))
	}
	fmt.Println(out)
	qp := NewPQ(func(a, b *Task) int { return b.Pri - a.Pri }, &Task{5, "x"}, &Task{7, "y"})
	top := heap.Pop(qp).(*Task)
	fmt.Printf("%+v %T %T\n", *top, top, qp)
}

//cell

type Ring[T any] struct {
	buf  []T
	head int
	n    int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Put(x T) {
	r.buf[(r.head+r.n)%len(r.buf)] = x
	if r.n < len(r.buf) {
		r.n++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.n)
	for i := 0; i < r.n; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func (r Ring[T]) String() string { return fmt.Sprintf("ring%v", r.Items()) }

//cell

func step3() {
	r := NewRing[Task](3)
	for i := range 5 {
		r.Put(Task{i, strings.Repeat("t", i)})
	}
	fmt.Println(r.Items())
	fmt.Println(*r)
	fmt.Printf("%v|%s|%+v\n", r, r, *r)
	ri := NewRing[float64](2)
	ri.Put(1.5)
	ri.Put(2.5)
	ri.Put(3.5)
	fmt.Println(ri.Items(), ri.String())
}

//cell

func main() {
	step1()
	step2()
	step3()
}
