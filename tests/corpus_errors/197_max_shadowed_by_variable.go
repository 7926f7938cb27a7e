//go:build ignore

// A variable named max hides the built-in the loop then calls.
package main

import "fmt"

//cell

var readings = []int{3, 9, 4}

//cell

func largest(xs []int) int {
	max := xs[0]
	for _, x := range xs[1:] {
		max = max(max, x)
	}
	return max
}

//cell

func main() {
	fmt.Println(largest(readings))
}
