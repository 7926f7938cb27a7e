//go:build ignore

// A WaitGroup marked done once too often.
package main

import (
	"fmt"
	"sync"
)

//cell

func finish(wg *sync.WaitGroup, n int) {
	for range n {
		wg.Done()
	}
}

//cell

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	finish(&wg, 2)
	wg.Wait()
	fmt.Println("waited")
	finish(&wg, 1)
}
