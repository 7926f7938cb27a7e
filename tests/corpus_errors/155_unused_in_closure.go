//go:build ignore

// A variable declared in a closure and never used.
package main

import "fmt"

//cell

func run() int {
	total := 0
	add := func(x int) {
		doubled := x * 2
		total += x
	}
	add(3)
	return total
}

//cell

func main() {
	fmt.Println(run())
}
