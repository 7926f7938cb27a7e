//go:build ignore

// A generic LRU cache LRU[K comparable, V any] on container/list, the
// list's elements holding *entry[K, V], an eviction callback of a func
// type, a memoised function wrapping it, method values stored in a map
// of commands, and a second cache type embedding the first with its own
// String; values of the caches kept in package variables across cells.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

//cell

type entry[K comparable, V any] struct {
	key K
	val V
}

type OnEvict[K comparable, V any] func(K, V)

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	onEvict OnEvict[K, V]
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int, cb OnEvict[K, V]) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, onEvict: cb}
}

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if el, hit := c.items[k]; hit {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).val, true
	}
	c.misses++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, e.key)
		if c.onEvict != nil {
			c.onEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

//cell

var evicted []string

func logEvict[V any](k string, v V) {
	evicted = append(evicted, fmt.Sprintf("%s=%v", k, v))
}

var pages = NewLRU[string, int](3, logEvict[int])

//cell

func Memo[K comparable, V any](size int, f func(K) V) (func(K) V, *LRU[K, V]) {
	cache := NewLRU[K, V](size, nil)
	return func(k K) V {
		if v, ok := cache.Get(k); ok {
			return v
		}
		v := f(k)
		cache.Put(k, v)
		return v
	}, cache
}

var calls int

func slowSquare(n int) int {
	calls++
	return n * n
}

type Named struct {
	*LRU[string, []byte]
	name string
}

func (n Named) String() string {
	return fmt.Sprintf("%s%v h=%d m=%d", n.name, n.Keys(), n.hits, n.misses)
}

//cell

func main() {
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := pages.Get(k); !ok {
			pages.Put(k, i)
		}
	}
	fmt.Println(pages.Keys(), evicted, pages.hits, pages.misses)
	pages.Put("e", 100)
	v, ok := pages.Get("e")
	fmt.Println(v, ok, pages.Keys())
	got := map[string]int{}
	got["e"], ok = pages.Get("e")
	got["zz"], ok = pages.Get("zz")
	var anyVals = map[string]any{"n": 3}
	got["n"], ok = anyVals["n"].(int)
	fmt.Println(got, ok, pages.misses)

	sq, cache := Memo(2, slowSquare)
	total := 0
	for _, n := range []int{3, 4, 3, 5, 4, 3, 3} {
		total += sq(n)
	}
	fmt.Println(total, calls, cache.Keys(), cache.hits)

	blobs := Named{NewLRU[string, []byte](2, func(k string, b []byte) {
		fmt.Printf("evict %s (%d bytes)\n", k, len(b))
	}), "blobs"}
	blobs.Put("x", []byte("hello"))
	blobs.Put("y", make([]byte, 10))
	blobs.Get("x")
	blobs.Put("z", nil)
	blobs.Get("y")
	fmt.Println(blobs)
	fmt.Printf("%v|%s\n", blobs, blobs)

	cmds := map[string]func(string, []byte){"put": blobs.Put}
	get := blobs.Get
	cmds["put"]("w", []byte{1})
	b, ok := get("w")
	fmt.Println(b, ok, blobs.Keys())
	var evictFn OnEvict[string, int] = logEvict[int]
	evictFn("manual", -1)
	fmt.Println(evicted[len(evicted)-1], len(evicted))
}
