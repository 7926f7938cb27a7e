//go:build ignore

// Generic types with methods and constraints over cell types: a
// Cache[K comparable, V any] of cell structs with an eviction callback,
// Map/Filter/Reduce/GroupBy over cell structs, a Number constraint with
// ~int and ~float64 used with a named float type, and a generic Pair
// with a method returning another instantiation.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

//cell

type Cache[K comparable, V any] struct {
	data    map[K]V
	order   []K
	limit   int
	onEvict func(K, V)
}

func NewCache[K comparable, V any](limit int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit, onEvict: onEvict}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	for len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		if c.onEvict != nil {
			c.onEvict(old, c.data[old])
		}
		delete(c.data, old)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) Len() int { return len(c.data) }

type Number interface {
	~int | ~int64 | ~float64
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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := map[K][]T{}
	for _, x := range xs {
		g[key(x)] = append(g[key(x)], x)
	}
	return g
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

//cell

type Money float64

type Item struct {
	Name  string
	Kind  string
	Price Money
}

func (i Item) String() string { return fmt.Sprintf("%s($%.2f)", i.Name, float64(i.Price)) }

func main() {
	var evicted []string
	c := NewCache(2, func(k string, v Item) { evicted = append(evicted, k+"="+v.String()) })
	items := []Item{{"apple", "fruit", 1.25}, {"kale", "veg", 3}, {"pear", "fruit", 2.5}, {"leek", "veg", 1.75}}
	for _, it := range items {
		c.Put(it.Name, it)
	}
	_, okApple := c.Get("apple")
	leek, okLeek := c.Get("leek")
	fmt.Println(c.Len(), okApple, okLeek, leek, evicted)

	names := Map(items, func(i Item) string { return strings.ToUpper(i.Name) })
	cheap := Filter(items, func(i Item) bool { return i.Price < 2 })
	total := Reduce(items, Money(0), func(a Money, i Item) Money { return a + i.Price })
	prices := Map(items, func(i Item) Money { return i.Price })
	fmt.Println(names, cheap, total, Sum(prices), Sum([]int{1, 2, 3}))
	fmt.Printf("%T %T %.3f\n", total, prices, float64(Sum(prices))/float64(len(prices)))
	groups := GroupBy(items, func(i Item) string { return i.Kind })
	kinds := make([]string, 0, len(groups))
	for k := range groups {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Println(k, groups[k], len(groups[k]))
	}
	p := Pair[string, Item]{"best", items[2]}
	q := p.Swap()
	fmt.Printf("%v %+v %T\n", p, q, q)
	ids := NewCache[int, *Item](3, nil)
	for i := range items {
		ids.Put(i, &items[i])
	}
	it, _ := ids.Get(2)
	it.Price = 9
	fmt.Println(items[2], ids.Len())
	best := slices.MaxFunc(items, func(a, b Item) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Println(best)
}
