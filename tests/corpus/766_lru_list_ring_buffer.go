//go:build ignore

// An LRU cache on container/list whose elements hold *entry cell
// structs (Element.Value.(*entry)), with an eviction callback field; a
// fixed-size ring buffer over an array whose copies are independent;
// and container/ring rotated and walked with Do.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

//cell

type entry struct {
	key  string
	val  int
	hits int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	OnEvict func(key string, val int)
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		e := el.Value.(*entry)
		e.hits++
		return e.val, true
	}
	return 0, false
}

//cell

func (c *LRU) Put(k string, v int) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry).val = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{key: k, val: v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		e := c.ll.Remove(old).(*entry)
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.val)
		}
	}
}

func (c *LRU) Keys() string {
	var b strings.Builder
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		fmt.Fprintf(&b, "%s:%d(%d) ", e.key, e.val, e.hits)
	}
	return strings.TrimSpace(b.String())
}

//cell

type Ring struct {
	buf        [4]float64
	head, size int
}

func (r *Ring) Push(v float64) (dropped float64, full bool) {
	if r.size == len(r.buf) {
		dropped, full = r.buf[r.head], true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return
}

func (r Ring) Items() []float64 {
	out := make([]float64, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func (r Ring) Mean() float64 {
	s := 0.0
	for _, v := range r.Items() {
		s += v
	}
	return s / float64(r.size)
}

//cell

func main() {
	var evicted []string
	c := NewLRU(3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c.Keys())
	fmt.Println(evicted, c.ll.Len(), len(c.items))
	c.Put("a", 100)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	e := c.items["e"].Value.(*entry)
	e.val = -1
	fmt.Println(c.Keys())

	var r Ring
	for i := 1; i <= 6; i++ {
		d, full := r.Push(float64(i) * 1.5)
		if full {
			fmt.Print("drop ", d, " ")
		}
	}
	fmt.Println()
	snap := r
	r.Push(100)
	fmt.Println(snap.Items(), snap.Mean())
	fmt.Println(r.Items(), r.Mean(), r.buf == snap.buf)

	rg := ring.New(5)
	for i := 0; i < rg.Len(); i++ {
		rg.Value = &entry{key: string(rune('p' + i)), val: i}
		rg = rg.Next()
	}
	rg = rg.Move(2)
	var ks []string
	rg.Do(func(x any) { ks = append(ks, x.(*entry).key) })
	fmt.Println(ks)
	removed := rg.Unlink(2)
	removed.Do(func(x any) { x.(*entry).hits = 9 })
	rg.Do(func(x any) { fmt.Print(x.(*entry).key, x.(*entry).hits, " ") })
	fmt.Println(rg.Len(), removed.Len())
}
