//go:build ignore

// A function named like an imported package.
package main

import (
	"fmt"
	"sort"
)

//cell

var nums = []int{3, 1, 2}

func ordered() []int {
	out := append([]int(nil), nums...)
	sort.Ints(out)
	return out
}

//cell

func sort(xs []int) []int {
	return xs
}

//cell

func main() {
	fmt.Println(ordered())
}
