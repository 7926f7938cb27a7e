//go:build ignore

// An instance of a generic function started by a go statement takes the
// first element of an empty slice.
package main

import "fmt"

//cell

func first[T any](xs []T, out chan<- T) {
	out <- xs[0]
}

//cell

func main() {
	words := make(chan string)
	go first[string]([]string{"alpha", "beta"}, words)
	fmt.Println(<-words)
	nums := make(chan int)
	go first([]int{}, nums)
	fmt.Println(<-nums, "not printed")
}
