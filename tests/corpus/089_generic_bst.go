//go:build ignore

// A generic binary search tree ordered by cmp.Ordered, with in-order traversal.
package main

import (
	"cmp"
	"fmt"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

//cell

func (t *Tree[K, V]) Put(k K, v V) {
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
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K cmp.Ordered, V any](n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

//cell

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "c"} {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println(t.n)
	v, ok := t.Get("e")
	fmt.Println(v, ok)
	_, ok = t.Get("zz")
	fmt.Println(ok)
	var nums Tree[float64, string]
	nums.Put(2.5, "b")
	nums.Put(-1, "a")
	nums.Walk(func(k float64, v string) { fmt.Println(k, v) })
}
