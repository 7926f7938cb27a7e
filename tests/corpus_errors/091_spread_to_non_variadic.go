//go:build ignore

// A spread passed to a function that is not variadic.
package main

import "fmt"

//cell

func sum(xs []int) int { return len(xs) }

func run() int {
	xs := []int{1, 2}
	return sum(xs...)
}

//cell

func main() {
	fmt.Println(run())
}
