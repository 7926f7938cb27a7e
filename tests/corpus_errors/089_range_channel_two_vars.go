//go:build ignore

// A range over a channel with two variables.
package main

import "fmt"

//cell

func run() int {
	ch := make(chan int)
	close(ch)
	for i, v := range ch {
		_, _ = i, v
	}
	return 0
}

//cell

func main() {
	fmt.Println(run())
}
