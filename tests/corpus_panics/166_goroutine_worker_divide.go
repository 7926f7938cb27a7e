//go:build ignore

// A worker goroutine computing averages divides by the size of an empty
// batch while main waits for results.
package main

import (
	"fmt"
)

//cell

type Batch struct {
	Name   string
	Values []int
}

func average(b Batch) int {
	sum := 0
	for _, v := range b.Values {
		sum += v
	}
	return sum / len(b.Values)
}

func worker(jobs <-chan Batch, results chan<- string) {
	for b := range jobs {
		results <- fmt.Sprintf("%s=%d", b.Name, average(b))
	}
	close(results)
}

//cell

func main() {
	jobs := make(chan Batch)
	results := make(chan string)
	go worker(jobs, results)
	jobs <- Batch{"a", []int{1, 2, 3}}
	fmt.Println(<-results)
	jobs <- Batch{"b", nil}
	fmt.Println(<-results)
}
