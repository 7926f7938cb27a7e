//go:build ignore

// Two building blocks of services, tested without a wall clock: an LRU
// cache on container/list whose elements hold a cell's entry type (Get
// moves to front, Put evicts the back, an eviction callback records what
// left), and a token-bucket rate limiter driven by a fake clock that a
// test advances by hand, both behind small interfaces.
package main

import (
	"container/list"
	"fmt"
	"strings"
	"time"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	OnEvict func(key string, value int)
	hits    int
	misses  int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry)
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var keys []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

func (c *LRU) String() string {
	return fmt.Sprintf("LRU%v hits=%d misses=%d", c.Keys(), c.hits, c.misses)
}

//cell

type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type Bucket struct {
	clock    Clock
	capacity float64
	rate     float64 // tokens per second
	tokens   float64
	last     time.Time
}

func NewBucket(c Clock, capacity int, perSecond float64) *Bucket {
	return &Bucket{clock: c, capacity: float64(capacity), rate: perSecond, tokens: float64(capacity), last: c.Now()}
}

func (b *Bucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
}

func (b *Bucket) Allow() bool { return b.AllowN(1) }

func (b *Bucket) AllowN(n int) bool {
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

// Wait says how long until n tokens are there.
func (b *Bucket) Wait(n int) time.Duration {
	b.refill()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second)).Round(time.Millisecond)
}

//cell

func main() {
	var evicted []string
	c := NewLRU(3)
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }
	for i, k := range strings.Fields("a b c") {
		c.Put(k, i+1)
	}
	c.Get("a")
	c.Put("d", 4)
	c.Put("b", 20)
	c.Get("zzz")
	c.Put("e", 5)
	v, ok := c.Get("a")
	fmt.Println(c, v, ok)
	fmt.Println("evicted:", evicted)
	front := c.ll.Front().Value.(*entry)
	fmt.Printf("front: %+v\n", *front)

	clock := &FakeClock{t: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	b := NewBucket(clock, 5, 2)
	var line []string
	for i := range 7 {
		line = append(line, fmt.Sprintf("%d:%v", i, b.Allow()))
	}
	fmt.Println(strings.Join(line, " "))
	fmt.Println("wait for 3:", b.Wait(3))
	clock.Advance(750 * time.Millisecond)
	allow := b.Allow()
	fmt.Printf("after 750ms: allow=%v tokens left=%.1f\n", allow, b.tokens)
	clock.Advance(10 * time.Second)
	fmt.Println("burst of 5:", b.AllowN(5), "then:", b.Allow())
	allowed := 0
	for range 20 {
		clock.Advance(100 * time.Millisecond)
		if b.Allow() {
			allowed++
		}
	}
	fmt.Println("allowed in 2s at 2/s:", allowed, "at", clock.Now().Format(time.TimeOnly))
}
