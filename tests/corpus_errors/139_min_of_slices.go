//go:build ignore

// min over values that are not ordered.
package main

import "fmt"

//cell

func run() []int {
	a := []int{1, 2}
	b := []int{3}
	return min(a, b)
}

//cell

func main() {
	fmt.Println(run())
}
