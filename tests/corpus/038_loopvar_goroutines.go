//go:build ignore

// Goroutines started in a loop see their own loop variable (Go 1.22).
package main

import (
	"fmt"
	"sort"
	"sync"
)

//cell

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
	results := make([]string, 3)
	for i, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = name + name
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
