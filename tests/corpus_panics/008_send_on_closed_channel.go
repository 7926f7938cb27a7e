//go:build ignore

// A value sent on a channel after it was closed.
package main

import "fmt"

//cell

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	ch <- 2
}
