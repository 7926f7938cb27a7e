//go:build ignore

// An integer division by zero in an instance of a generic function.
package main

import (
	"fmt"
)

//cell

type Number interface{ ~int | ~int64 | ~float64 }

func mean[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

//cell

func main() {
	fmt.Println(mean([]float64{}))
	fmt.Println(mean([]int{1, 2, 3}))
	fmt.Println(mean([]int{}))
}
