//go:build ignore

// Arguments before a spread, to a variadic function.
package main

import "fmt"

//cell

func sum(xs ...int) int { return len(xs) }

func run() int {
	xs := []int{1, 2}
	return sum(0, xs...)
}

//cell

func main() {
	fmt.Println(run())
}
