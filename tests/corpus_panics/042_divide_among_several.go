//go:build ignore

// An integer division by zero in a function that divides in several places.
package main

import "fmt"

//cell

func average(xs []int) (int, int) {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	mean := sum / len(xs)
	rest := sum % len(xs)
	return mean, rest
}

//cell

func main() {
	fmt.Println(average([]int{3, 4, 5}))
	fmt.Println(average(nil))
}
