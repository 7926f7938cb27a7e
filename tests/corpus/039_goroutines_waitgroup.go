//go:build ignore

// Goroutines and sync.WaitGroup (Add/Done, and Go from Go 1.25): results collected in order.
package main

import (
	"fmt"
	"sync"
)

func square(i int) int { return i * i }

//cell

func parallelSquares(n int) []int {
	out := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = square(i)
		}(i)
	}
	wg.Wait()
	return out
}

//cell

func main() {
	fmt.Println(parallelSquares(8))
	var wg sync.WaitGroup
	done := make([]bool, 4)
	for i := 0; i < 4; i++ {
		i := i
		wg.Go(func() { done[i] = true })
	}
	wg.Wait()
	fmt.Println(done)
}
