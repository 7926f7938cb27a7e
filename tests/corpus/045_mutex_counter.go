//go:build ignore

// sync.Mutex and RWMutex guarding shared state.
package main

import (
	"fmt"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

//cell

type Cache struct {
	mu sync.RWMutex
	m  map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Put(k, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

//cell

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg.Wait()
	fmt.Println(c.counters["a"], c.counters["b"])
	cache := &Cache{m: map[int]int{}}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cache.Put(i, i*i)
		}(i)
	}
	wg.Wait()
	for i := 0; i < 5; i++ {
		v, ok := cache.Get(i)
		fmt.Println(i, v, ok)
	}
}
