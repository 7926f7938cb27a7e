//go:build ignore

// Synchronisation primitives: a mutex-guarded counter map (the Go Tour's
// SafeCounter), sync.Once and its OnceFunc/OnceValue/OnceValues
// siblings, atomic.Int64 and atomic.Pointer counters, an RWMutex cache,
// and sync.Map with a sorted dump.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

//cell

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type config struct {
	name  string
	level int
}

var (
	loadOnce sync.Once
	cfg      *config
	loads    int
)

func getConfig() *config {
	loadOnce.Do(func() {
		loads++
		cfg = &config{name: "prod", level: 3}
	})
	return cfg
}

//cell

type Cache struct {
	mu sync.RWMutex
	m  map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Put(k int, v string) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

var parsed = sync.OnceValues(func() (int, error) {
	fmt.Println("  parsing once")
	return strconv.Atoi("4096")
})

//cell

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
			if i%10 == 0 {
				c.Inc("tens")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"), c.Value("tens"), c.Value("none"))

	for range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); getConfig() }()
	}
	wg.Wait()
	fmt.Printf("%+v loads=%d\n", *getConfig(), loads)

	var ops atomic.Int64
	var hits atomic.Uint32
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				ops.Add(1)
				if j%50 == 0 {
					hits.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "hits:", hits.Load())
	old := ops.Swap(7)
	fmt.Println(old, ops.CompareAndSwap(7, 9), ops.CompareAndSwap(7, 11), ops.Load())

	var cur atomic.Pointer[config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&config{"a", 1})
	prev := cur.Swap(&config{"b", 2})
	fmt.Println(prev.name, cur.Load().name, cur.Load().level)

	var legacy int32
	atomic.AddInt32(&legacy, 5)
	atomic.AddInt32(&legacy, -2)
	fmt.Println(atomic.LoadInt32(&legacy))

	cache := &Cache{m: map[int]string{}}
	for i := range 6 {
		wg.Add(1)
		go func() { defer wg.Done(); cache.Put(i, strconv.Itoa(i*i)) }()
	}
	wg.Wait()
	for _, k := range []int{0, 3, 5, 9} {
		v, ok := cache.Get(k)
		fmt.Printf("%d:%q,%v ", k, v, ok)
	}
	fmt.Println()

	hello := sync.OnceFunc(func() { fmt.Println("  hello runs once") })
	for range 3 {
		hello()
	}
	square := sync.OnceValue(func() int { fmt.Println("  computing"); return 12 * 12 })
	fmt.Println(square(), square())
	n, err := parsed()
	n2, _ := parsed()
	fmt.Println(n, n2, err)

	bad := sync.OnceValues(func() (int, error) { return 0, errors.New("boom") })
	_, e1 := bad()
	_, e2 := bad()
	fmt.Println(e1, e1 == e2)

	var sm sync.Map
	for _, w := range []string{"go", "rust", "go", "zig", "go", "rust"} {
		v, _ := sm.LoadOrStore(w, new(atomic.Int32))
		v.(*atomic.Int32).Add(1)
	}
	var keys []string
	sm.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%d", k, v.(*atomic.Int32).Load()))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, loaded := sm.LoadAndDelete("zig")
	fmt.Println(v.(*atomic.Int32).Load(), loaded)
	_, ok := sm.Load("zig")
	fmt.Println(ok)
}
