//go:build ignore

// A slice type given for a comparable type parameter.
package main

import "fmt"

//cell

func index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func run() int {
	return index([][]int{{1}}, []int{1})
}

//cell

func main() {
	fmt.Println(run())
}
