//go:build ignore

// Channels and a mutex in package variables, used by goroutines that
// functions of later cells start.
package main

import (
	"fmt"
	"sync"
)

var jobs = make(chan int, 10)
var results = make(chan int, 10)
var mu sync.Mutex
var seen = map[int]bool{}

//cell

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		mu.Lock()
		seen[j] = true
		mu.Unlock()
		results <- j * j
	}
}

//cell

func main() {
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(&wg)
	}
	for i := 1; i <= 6; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum, len(seen))
}
