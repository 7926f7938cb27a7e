//go:build ignore

// An index out of range in a function that indexes in several places.
package main

import "fmt"

//cell

func swapEnds(xs []int) {
	first := xs[0]
	last := xs[len(xs)-1]
	xs[0], xs[len(xs)-1] = last, first
}

//cell

func main() {
	a := []int{1, 2, 3}
	swapEnds(a)
	fmt.Println(a)
	swapEnds([]int{})
}
