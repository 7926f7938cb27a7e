//go:build ignore

// Goroutines writing into a results slice one too short for the jobs.
package main

import (
	"fmt"
	"sync"
)

//cell

func square(x int) int { return x * x }

func runAll(inputs []int, results []int) {
	var wg sync.WaitGroup
	for i, x := range inputs {
		wg.Add(1)
		go func() {
			results[i] = square(x)
			wg.Done() // (not deferred: Wait must not return while the panic unwinds)
		}()
	}
	wg.Wait()
}

//cell

func main() {
	res := make([]int, 3)
	runAll([]int{1, 2, 3}, res)
	fmt.Println(res)
	runAll([]int{1, 2, 3, 4}, res)
	fmt.Println(res)
}
