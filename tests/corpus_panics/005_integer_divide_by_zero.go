//go:build ignore

// An average over an empty slice.
package main

import "fmt"

//cell

func average(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

//cell

func main() {
	fmt.Println(average([]int{2, 4}))
	fmt.Println(average(nil))
}
