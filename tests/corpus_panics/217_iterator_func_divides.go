//go:build ignore

// A range-over-func iterator yields ratios and divides by a zero
// denominator inside the iterator function itself.
package main

import (
	"fmt"
	"iter"
)

//cell

func Ratios(nums, dens []int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range nums {
			if !yield(i, nums[i]/dens[i]) {
				return
			}
		}
	}
}

//cell

func main() {
	for i, r := range Ratios([]int{10, 9}, []int{2, 3}) {
		fmt.Println(i, r)
	}
	for i, r := range Ratios([]int{8, 7, 6}, []int{4, 0, 1}) {
		fmt.Println(i, r)
	}
}
