//go:build ignore

// A worker closure made by a function of an earlier cell runs in a
// goroutine joined with a WaitGroup and indexes past its window (Done is
// not deferred, so main's Wait never returns).
package main

import (
	"fmt"
	"sync"
)

//cell

func makeWorker(data []int, width int) func(start int) int {
	return func(start int) int {
		sum := 0
		for k := 0; k < width; k++ {
			sum += data[start+k]
		}
		return sum
	}
}

//cell

func main() {
	data := []int{3, 1, 4, 1, 5, 9, 2, 6}
	work := makeWorker(data, 3)
	fmt.Println("first window:", work(0))
	fmt.Println("last window:", work(5))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		work(6)
		wg.Done() // (not deferred: Wait returns only if work does)
	}()
	wg.Wait()
	fmt.Println("not printed")
}
