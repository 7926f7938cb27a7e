//go:build ignore

// A memoising fetcher with a generic LRU cache: LRU[K, V] is a map into a
// doubly linked list of generic nodes (entry[K, V]) with an eviction
// callback, hit/miss statistics, and a Memo helper that wraps any
// func(K) V; used with string keys and a cell struct key.
package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

// LRU is a least-recently-used cache of at most cap entries.
type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*entry[K, V]
	head, tail *entry[K, V] // head is the most recent
	OnEvict    func(K, V)
	Hits, Miss int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V])}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) front(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	e, ok := c.items[k]
	if !ok {
		c.Miss++
		return v, false
	}
	c.Hits++
	c.unlink(e)
	c.front(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.front(e)
		return
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.front(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.val)
		}
	}
}

// Keys lists keys from most to least recently used.
func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

//cell

// Memo caches f's results in an LRU of the given size.
func Memo[K comparable, V any](size int, f func(K) V) (func(K) V, *LRU[K, V]) {
	c := NewLRU[K, V](size)
	return func(k K) V {
		if v, ok := c.Get(k); ok {
			return v
		}
		v := f(k)
		c.Put(k, v)
		return v
	}, c
}

// Tile is a map tile address, a cell type used as a key.
type Tile struct {
	Zoom, X, Y int
}

func (t Tile) String() string { return fmt.Sprintf("%d/%d/%d", t.Zoom, t.X, t.Y) }

var fetches []string

func render(t Tile) string {
	fetches = append(fetches, t.String())
	return strings.Repeat("#", t.Zoom) + fmt.Sprint(t.X*10+t.Y)
}

//cell

func main() {
	c := NewLRU[string, int](2)
	c.OnEvict = func(k string, v int) { fmt.Printf("evict %s=%d\n", k, v) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	c.Put("a", 10)
	c.Put("d", 4)
	v, ok := c.Get("b")
	fmt.Println(v, ok, c.Keys(), c.Hits, c.Miss)

	tile, cache := Memo(3, render)
	for _, t := range []Tile{{1, 0, 0}, {2, 1, 1}, {1, 0, 0}, {3, 2, 2}, {4, 0, 1}, {2, 1, 1}, {1, 0, 0}} {
		fmt.Print(tile(t), " ")
	}
	fmt.Println()
	fmt.Println("fetched", fetches)
	fmt.Println("hits", cache.Hits, "misses", cache.Miss, "order", cache.Keys())

	fib, fc := Memo[int, uint64](100, nil)
	_ = fib
	var f func(int) uint64
	f, fc = Memo(100, func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return f(n-1) + f(n-2)
	})
	fmt.Println(f(90), fc.Hits, fc.Miss, len(fc.Keys()))
	fmt.Printf("%T %T\n", fc, cache)
}
