//go:build ignore

// A select with two default clauses.
package main

import "fmt"

//cell

func run() int {
	ch := make(chan int)
	select {
	case v := <-ch:
		return v
	default:
		return 0
	default:
		return 1
	}
}

//cell

func main() {
	fmt.Println(run())
}
