//go:build ignore

// A generic sliding-window helper indexes one past the end for the
// instance over strings.
package main

import "fmt"

//cell

func Window[T any](xs []T, start, size int) []T {
	out := make([]T, 0, size)
	for i := 0; i < size; i++ {
		out = append(out, xs[start+i])
	}
	return out
}

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

//cell

func main() {
	nums := []int{1, 2, 3, 4, 5}
	fmt.Println(Sum(Window(nums, 1, 3)))
	fmt.Println(Sum(Window([]float64{0.5, 1.5}, 0, 2)))
	words := []string{"a", "b", "c"}
	fmt.Println(Window(words, 1, 2))
	fmt.Println(Window(words, 2, 2))
}
