//go:build ignore

// Generic data structures: a slice-backed Stack, a ring-buffer Queue, a
// doubly linked List with an iterator, a binary search tree keyed by
// cmp.Ordered, and a priority queue built on container/heap through a
// generic adapter with a less function.
package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"iter"
	"strings"
)

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
func (s *Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] { return &Queue[T]{buf: make([]T, capacity)} }

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		bigger := make([]T, 2*len(q.buf)+1)
		for i := 0; i < q.size; i++ {
			bigger[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = bigger, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

//cell

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = nd
	} else {
		l.head.prev = nd
	}
	l.head = nd
	l.n++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for nd := l.head; nd != nil; nd = nd.next {
			if !yield(nd.val) {
				return
			}
		}
	}
}

func (l *List[T]) Reverse() {
	for nd := l.head; nd != nil; nd = nd.prev {
		nd.next, nd.prev = nd.prev, nd.next
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for v := range l.All() {
		if b.Len() > 1 {
			b.WriteString(" <-> ")
		}
		fmt.Fprint(&b, v)
	}
	b.WriteString("]")
	return b.String()
}

//cell

type BST[K cmp.Ordered, V any] struct {
	root *bstNode[K, V]
	size int
}

type bstNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bstNode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &bstNode[K, V]{key: k, val: v}
	t.size++
}

func (t *BST[K, V]) Get(k K) (V, bool) {
	for n := t.root; n != nil; {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *BST[K, V]) InOrder() iter.Seq2[K, V] {
	var walk func(n *bstNode[K, V], yield func(K, V) bool) bool
	walk = func(n *bstNode[K, V], yield func(K, V) bool) bool {
		return n == nil || walk(n.left, yield) && yield(n.key, n.val) && walk(n.right, yield)
	}
	return func(yield func(K, V) bool) { walk(t.root, yield) }
}

func (t *BST[K, V]) Height() int {
	var h func(*bstNode[K, V]) int
	h = func(n *bstNode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

//cell

type heapAdapter[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *heapAdapter[T]) Len() int           { return len(h.items) }
func (h *heapAdapter[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *heapAdapter[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *heapAdapter[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *heapAdapter[T]) Pop() any {
	old := h.items
	n := len(old)
	v := old[n-1]
	h.items = old[:n-1]
	return v
}

type PQ[T any] struct{ h *heapAdapter[T] }

func NewPQ[T any](less func(a, b T) bool, init ...T) PQ[T] {
	h := &heapAdapter[T]{items: append([]T(nil), init...), less: less}
	heap.Init(h)
	return PQ[T]{h}
}

func (q PQ[T]) Push(v T) { heap.Push(q.h, v) }
func (q PQ[T]) Pop() T   { return heap.Pop(q.h).(T) }
func (q PQ[T]) Len() int { return q.h.Len() }

type task struct {
	name string
	pri  int
}

//cell

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	for s.Len() > 0 {
		w, _ := s.Pop()
		fmt.Print(w, " ")
	}
	_, ok := s.Pop()
	fmt.Println(ok)

	q := NewQueue[int](2)
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * 11)
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	q.Enqueue(66)
	q.Enqueue(77)
	fmt.Print(a, " ", b, ":")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(" ", v)
	}
	fmt.Println(" cap", len(q.buf))

	var l List[rune]
	for _, r := range "gopher" {
		l.PushBack(r)
	}
	l.PushFront('¡')
	fmt.Println(l.n, l.String())
	l.Reverse()
	var rs []rune
	for r := range l.All() {
		rs = append(rs, r)
	}
	fmt.Println(string(rs), l.head.val == 'r', l.tail.prev.val == 'g')

	var t BST[string, int]
	for i, w := range strings.Fields("m d x a f p z d m") {
		t.Put(w, i)
	}
	for k, v := range t.InOrder() {
		fmt.Printf("%s:%d ", k, v)
	}
	fmt.Println("size", t.size, "height", t.Height())
	v, ok := t.Get("f")
	_, ok2 := t.Get("q")
	fmt.Println(v, ok, ok2)

	pq := NewPQ(func(a, b task) bool {
		if a.pri != b.pri {
			return a.pri > b.pri
		}
		return a.name < b.name
	}, task{"write", 2}, task{"test", 3}, task{"lunch", 1})
	pq.Push(task{"deploy", 3})
	pq.Push(task{"review", 2})
	for pq.Len() > 0 {
		fmt.Printf("%+v ", pq.Pop())
	}
	fmt.Println()
	mins := NewPQ(func(a, b float64) bool { return a < b }, 3.5, -1, 2.25, 9)
	fmt.Println(mins.Pop(), mins.Pop(), mins.Len())
}
