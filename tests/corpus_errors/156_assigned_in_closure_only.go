//go:build ignore

// A variable only assigned, in a closure.
package main

import "fmt"

//cell

func run() int {
	last := 0
	set := func(x int) { last = x }
	set(4)
	return 1
}

//cell

func main() {
	fmt.Println(run())
}
