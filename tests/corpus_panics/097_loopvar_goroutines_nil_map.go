//go:build ignore

// Goroutines started in a range over an int write each its iteration's
// slot; one writes into a nil map of a generic cache.
package main

import (
	"fmt"
	"sync"
)

//cell

type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}

//cell

func main() {
	results := make([]int, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var c Cache[string, int]
	done := make(chan bool)
	go func() {
		c.Put("x", 1)
		done <- true
	}()
	<-done
}
