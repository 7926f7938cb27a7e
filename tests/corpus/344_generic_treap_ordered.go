//go:build ignore

// An ordered index as a generic treap keyed by cmp.Ordered: insertion and
// deletion by recursive generic functions with rotations, deterministic
// priorities from a hash, in-order iteration as iter.Seq2, floor and
// ceiling queries and a range count; used for a word index and for
// float64 timestamps.
package main

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	prio        uint32
	left, right *node[K, V]
}

// Treap is a binary search tree balanced by random-looking priorities.
type Treap[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func prio[K cmp.Ordered](k K) uint32 {
	h := fnv.New32a()
	fmt.Fprint(h, k)
	return h.Sum32()
}

func rotRight[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	l := n.left
	n.left, l.right = l.right, n
	return l
}

func rotLeft[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	r := n.right
	n.right, r.left = r.left, n
	return r
}

func insert[K cmp.Ordered, V any](n *node[K, V], k K, v V, added *bool) *node[K, V] {
	if n == nil {
		*added = true
		return &node[K, V]{key: k, val: v, prio: prio(k)}
	}
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left = insert(n.left, k, v, added)
		if n.left.prio > n.prio {
			n = rotRight(n)
		}
	case c > 0:
		n.right = insert(n.right, k, v, added)
		if n.right.prio > n.prio {
			n = rotLeft(n)
		}
	default:
		n.val = v
	}
	return n
}

func remove[K cmp.Ordered, V any](n *node[K, V], k K) (*node[K, V], bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left, ok = remove(n.left, k)
	case c > 0:
		n.right, ok = remove(n.right, k)
	default:
		if n.left == nil {
			return n.right, true
		}
		if n.right == nil {
			return n.left, true
		}
		if n.left.prio > n.right.prio {
			n = rotRight(n)
			n.right, ok = remove(n.right, k)
		} else {
			n = rotLeft(n)
			n.left, ok = remove(n.left, k)
		}
	}
	return n, ok
}

func (t *Treap[K, V]) Put(k K, v V) {
	var added bool
	t.root = insert(t.root, k, v, &added)
	if added {
		t.size++
	}
}

func (t *Treap[K, V]) Delete(k K) bool {
	var ok bool
	t.root, ok = remove(t.root, k)
	if ok {
		t.size--
	}
	return ok
}

//cell

func walk[K cmp.Ordered, V any](n *node[K, V], yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return walk(n.left, yield) && yield(n.key, n.val) && walk(n.right, yield)
}

// All yields the entries in key order.
func (t *Treap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { walk(t.root, yield) }
}

// Floor finds the greatest key <= k.
func (t *Treap[K, V]) Floor(k K) (K, bool) {
	var best K
	found := false
	for n := t.root; n != nil; {
		if n.key <= k {
			best, found = n.key, true
			n = n.right
		} else {
			n = n.left
		}
	}
	return best, found
}

// Ceil finds the least key >= k.
func (t *Treap[K, V]) Ceil(k K) (K, bool) {
	var best K
	found := false
	for n := t.root; n != nil; {
		if n.key >= k {
			best, found = n.key, true
			n = n.left
		} else {
			n = n.right
		}
	}
	return best, found
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

// CountRange counts keys in [lo, hi).
func CountRange[K cmp.Ordered, V any](t *Treap[K, V], lo, hi K) int {
	n := 0
	for k := range t.All() {
		if k >= hi {
			break
		}
		if k >= lo {
			n++
		}
	}
	return n
}

func find[K cmp.Ordered, V any](t *Treap[K, V], k K) (V, bool) {
	n := t.root
	for n != nil {
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

//cell

func main() {
	idx := &Treap[string, []int]{}
	text := "the quick brown fox jumps over the lazy dog the end"
	for i, w := range strings.Fields(text) {
		old, _ := find(idx, w)
		idx.Put(w, append(old, i))
	}
	for k, v := range idx.All() {
		fmt.Printf("%s%v ", k, v)
	}
	fmt.Println()
	fmt.Println("size", idx.size, "height <=", height(idx.root) <= 2*idx.size)
	fmt.Println(idx.Floor("m"))
	fmt.Println(idx.Ceil("m"))
	fmt.Println(idx.Ceil("zzz"))
	fmt.Println(CountRange(idx, "d", "p"))
	fmt.Println(idx.Delete("fox"), idx.Delete("fox"), idx.Delete("the"), idx.size)
	var rest []string
	for k := range idx.All() {
		rest = append(rest, k)
	}
	fmt.Println(rest)

	times := &Treap[float64, string]{}
	for i, t := range []float64{3.5, 1.25, 9, 4.75, 0.5, 7} {
		times.Put(t, fmt.Sprintf("event%d", i))
	}
	at, ok := times.Floor(5)
	fmt.Println(at, ok)
	at, ok = times.Floor(0.1)
	fmt.Println(at, ok)
	for t, ev := range times.All() {
		if t > 5 {
			break
		}
		fmt.Print(t, "=", ev, " ")
	}
	fmt.Println()
	fmt.Printf("%T %d\n", times.root, CountRange(times, 1.0, 8.0))
}
