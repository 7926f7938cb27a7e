//go:build ignore

// An integer division by zero in a goroutine that ranges over a channel:
// what it printed before the zero stays, and the program dies of the
// panic while main waits for the goroutine to finish.
package main

import "fmt"

//cell

func ratios(in <-chan int, done chan<- bool) {
	for d := range in {
		fmt.Println(100 / d)
	}
	done <- true
}

//cell

func main() {
	in := make(chan int)
	done := make(chan bool)
	go ratios(in, done)
	for _, d := range []int{4, 5, 0, 2} {
		in <- d
	}
	close(in)
	<-done
}
