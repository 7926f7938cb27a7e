//go:build ignore

// A range-over-func iterator of windows slices past the end of its input
// when the last window is short.
package main

import (
	"fmt"
	"iter"
)

//cell

func Windows(xs []int, size, step int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for i := 0; i < len(xs); i += step {
			if !yield(xs[i : i+size]) {
				return
			}
		}
	}
}

//cell

func main() {
	data := []int{1, 2, 3, 4, 5, 6}
	for w := range Windows(data, 2, 2) {
		fmt.Println(w)
	}
	for w := range Windows(data, 3, 2) {
		fmt.Println(w)
	}
}
