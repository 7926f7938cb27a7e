//go:build ignore

// sync.Once, OnceValue, Cond and Pool.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"env": "test"}
}

//cell

var expensive = sync.OnceValue(func() int {
	fmt.Println("computing")
	return 42
})

//cell

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println(config["env"])
	fmt.Println(expensive(), expensive())
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	got := make(chan string)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		got <- "woken"
	}()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	fmt.Println(<-got)
	pool := sync.Pool{New: func() any { return new([]byte) }}
	b := pool.Get().(*[]byte)
	*b = append((*b)[:0], "pooled"...)
	fmt.Println(string(*b))
	pool.Put(b)
}
