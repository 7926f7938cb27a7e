//go:build ignore

// Generic data structures with constraints, as in a generics tutorial:
// Stack[T] and Queue[T] with methods returning (T, bool), a binary search
// tree BST[K cmp.Ordered, V any] with in-order traversal by callback, a
// Number constraint with ~ terms for Sum and Average over defined types,
// Map/Filter/Reduce, a Pair[K, V] with a String method, a Set[T
// comparable] as a map type with methods, and a heap-ordered generic
// priority queue taking a less function; instances used across cells.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
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

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Dequeue() (T, bool) {
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

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type BST[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
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
	*p = &node[K, V]{key: k, val: v}
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

func (t *BST[K, V]) Walk(f func(K, V) bool) {
	var walk func(n *node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		return n == nil || walk(n.left) && f(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func (t *BST[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

//cell

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
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

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if o.Has(x) {
			out[x] = struct{}{}
		}
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

//cell

type PQ[T any] struct {
	data []T
	less func(a, b T) bool
}

func (q *PQ[T]) Push(v T) {
	q.data = append(q.data, v)
	for i := len(q.data) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.less(q.data[i], q.data[p]) {
			break
		}
		q.data[i], q.data[p] = q.data[p], q.data[i]
		i = p
	}
}

func (q *PQ[T]) Pop() (T, bool) {
	var zero T
	if len(q.data) == 0 {
		return zero, false
	}
	top := q.data[0]
	last := len(q.data) - 1
	q.data[0] = q.data[last]
	q.data = q.data[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.data) && q.less(q.data[l], q.data[m]) {
			m = l
		}
		if r < len(q.data) && q.less(q.data[r], q.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.data[i], q.data[m] = q.data[m], q.data[i]
		i = m
	}
	return top, true
}

type Celsius float64
type Score int16

//cell

func main() {
	var st Stack[string]
	st.Push("a", "b", "c")
	v, ok := st.Pop()
	fmt.Println(v, ok, st.Len())
	var q Queue[Pair[string, int]]
	for i, w := range strings.Fields("one two three") {
		q.Enqueue(Pair[string, int]{w, i})
	}
	p1, _ := q.Dequeue()
	q.Enqueue(Pair[string, int]{"four", 3})
	for p, ok := q.Dequeue(); ok; p, ok = q.Dequeue() {
		fmt.Print(p, " ")
	}
	fmt.Println(p1)

	var t BST[string, int]
	for i, w := range strings.Fields("m c x a e z b m") {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) bool {
		fmt.Printf("%s:%d ", k, v)
		return k < "m"
	})
	fmt.Println(t.size, t.Height())
	n, ok := t.Get("e")
	_, missing := t.Get("q")
	fmt.Println(n, ok, missing)
	nums := BST[float64, []string]{}
	nums.Put(2.5, []string{"x"})
	nums.Put(-1, nil)
	nums.Walk(func(k float64, v []string) bool { fmt.Print(k, v, len(v), ";"); return true })
	fmt.Println()

	temps := []Celsius{21.5, 19, 23.25}
	fmt.Println(Sum(temps...), Average(temps), Sum[Score](3, 4, -10))
	fmt.Printf("%T %T\n", Sum(temps...), Sum[Score]())
	words := strings.Fields("go is fun and generics are neat")
	lens := Map(words, func(s string) int { return len(s) })
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	joined := Reduce(long, "", func(a string, s string) string { return a + strings.ToUpper(s[:1]) })
	fmt.Println(lens, long, joined, Average(lens))
	pairs := Map(words[:3], func(w string) Pair[string, int] { return Pair[string, int]{w, len(w)} })
	fmt.Println(pairs, pairs[0])

	a, b := SetOf(1, 2, 3, 4, 5), SetOf(4, 5, 6)
	fmt.Println(Sorted(a.Intersect(b)), a.Has(9), len(SetOf(words...)))

	pq := &PQ[Pair[string, int]]{less: func(x, y Pair[string, int]) bool {
		return x.Val > y.Val || x.Val == y.Val && x.Key < y.Key
	}}
	for _, w := range words {
		pq.Push(Pair[string, int]{w, len(w)})
	}
	for p, ok := pq.Pop(); ok; p, ok = pq.Pop() {
		fmt.Print(p, " ")
	}
	fmt.Println()
}
