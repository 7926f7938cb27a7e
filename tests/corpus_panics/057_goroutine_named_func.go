//go:build ignore

// A notebook function started by a go statement panics with a value of
// its own, two calls deep; main is blocked on a channel nobody sends on.
package main

import "fmt"

//cell

func check(id, n int) {
	if n > 2 {
		panic(fmt.Sprintf("job %d: too many tries: %d", id, n))
	}
}

func job(id int, tries int, results chan<- int) {
	for n := 1; n <= tries; n++ {
		check(id, n)
	}
	results <- id
}

//cell

func main() {
	results := make(chan int)
	go job(1, 2, results)
	fmt.Println("job", <-results, "done")
	go job(2, 3, results)
	fmt.Println("job", <-results, "done: not printed")
}
