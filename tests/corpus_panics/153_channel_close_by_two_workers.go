//go:build ignore

// Two workers that each close the results channel.
package main

import (
	"fmt"
	"sync"
)

//cell

func work(id int, out chan int, wg *sync.WaitGroup, mu *sync.Mutex, closed *bool) {
	defer wg.Done()
	out <- id
	mu.Lock()
	defer mu.Unlock()
	if id == 2 || !*closed {
		*closed = true
		close(out)
	}
}

//cell

func main() {
	out := make(chan int, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	closed := false
	wg.Add(1)
	work(1, out, &wg, &mu, &closed)
	fmt.Println(<-out)
	wg.Add(1)
	work(2, out, &wg, &mu, &closed)
}
