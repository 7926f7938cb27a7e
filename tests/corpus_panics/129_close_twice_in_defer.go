//go:build ignore

// A channel closed twice, the second time by a deferred call.
package main

import (
	"fmt"
)

//cell

func produce(ch chan int, n int) {
	defer close(ch)
	for i := range n {
		ch <- i
	}
	close(ch)
}

//cell

func main() {
	ch := make(chan int, 5)
	produce(ch, 3)
	fmt.Println("unreachable")
}
