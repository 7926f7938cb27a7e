//go:build ignore

// The two results of a call spread with ... into a variadic function.
package main

import "fmt"

//cell

func bounds(xs []int) (int, int) {
	return min(xs[0], xs[len(xs)-1]), max(xs[0], xs[len(xs)-1])
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

//cell

func spanTotal(xs []int) int {
	return sum(bounds(xs)...)
}

//cell

func main() {
	fmt.Println(spanTotal([]int{4, 1, 9}))
}
