//go:build ignore

// A generic reduce whose step function divides by an element.
package main

import (
	"fmt"
)

//cell

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func chainDiv(xs []int) int {
	return Reduce(xs, 1000, func(acc, x int) int { return acc / x })
}

//cell

func main() {
	fmt.Println(chainDiv([]int{2, 5}))
	fmt.Println(chainDiv([]int{2, 0, 5}))
}
