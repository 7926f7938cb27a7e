//go:build ignore

// A send on a receive-only channel.
package main

import "fmt"

//cell

func feed(ch <-chan int) { ch <- 1 }

func run() int {
	ch := make(chan int, 1)
	feed(ch)
	return <-ch
}

//cell

func main() {
	fmt.Println(run())
}
