//go:build ignore

// A generic binary search tree whose methods return iterators (in order,
// backwards, a range of keys), chained through generic Filter/Map/Take
// adapters, and two trees merged with iter.Pull2.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

//cell

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

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
	t.size++
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*node[K, V]
		n := t.root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.right
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.key, n.val) {
				return
			}
			n = n.left
		}
	}
}

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (t *Tree[K, V]) Between(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range t.All() {
			if k < lo {
				continue
			}
			if k > hi || !yield(k, v) {
				return
			}
		}
	}
}

//cell

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range seq {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for x := range seq {
			if !yield(x) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

//cell

type Book struct {
	Title string
	Year  int
}

func (b Book) String() string { return fmt.Sprintf("%s (%d)", b.Title, b.Year) }

func loadShelf() *Tree[string, Book] {
	t := &Tree[string, Book]{}
	for _, b := range []Book{
		{"Dune", 1965}, {"Neuromancer", 1984}, {"Hyperion", 1989},
		{"Foundation", 1951}, {"Solaris", 1961}, {"Ubik", 1969},
		{"Anathem", 2008}, {"Blindsight", 2006},
	} {
		t.Put(strings.ToLower(b.Title), b)
	}
	t.Put("dune", Book{"Dune", 1965})
	return t
}

//cell

func merged[K cmp.Ordered, V any](a, b *Tree[K, V]) []string {
	na, sa := iter.Pull2(a.All())
	defer sa()
	nb, sb := iter.Pull2(b.All())
	defer sb()
	ka, va, oka := na()
	kb, vb, okb := nb()
	var out []string
	for oka || okb {
		if !okb || (oka && ka <= kb) {
			out = append(out, fmt.Sprintf("a:%v=%v", ka, va))
			ka, va, oka = na()
		} else {
			out = append(out, fmt.Sprintf("b:%v=%v", kb, vb))
			kb, vb, okb = nb()
		}
	}
	return out
}

func main() {
	shelf := loadShelf()
	fmt.Println("size", shelf.size)
	for k, b := range shelf.All() {
		fmt.Printf("%-12s %v\n", k, b)
	}
	for k := range shelf.Backward() {
		if k < "f" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for k, b := range shelf.Between("b", "h") {
		fmt.Println("between:", k, b.Year)
	}
	upper := Map(Take(Filter(shelf.Keys(), func(k string) bool { return len(k) > 4 }), 3), strings.ToUpper)
	for s := range upper {
		fmt.Print(s, ";")
	}
	fmt.Println()

	old := &Tree[int, string]{}
	young := &Tree[int, string]{}
	for _, b := range shelf.All() {
		if b.Year < 1970 {
			old.Put(b.Year, b.Title)
		} else {
			young.Put(b.Year, b.Title)
		}
	}
	young.Put(1965, "Dune Messiah?")
	fmt.Println(strings.Join(merged(old, young), " "))

	next, stop := iter.Pull(shelf.Keys())
	first, _ := next()
	second, _ := next()
	stop()
	_, ok := next()
	fmt.Println(first, second, ok)
}
