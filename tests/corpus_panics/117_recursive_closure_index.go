//go:build ignore

// A recursive function literal that reads one past the end.
package main

import (
	"fmt"
)

//cell

func sumTo(xs []int) int {
	var rec func(i int) int
	rec = func(i int) int {
		if i > len(xs) {
			return 0
		}
		return xs[i] + rec(i+1)
	}
	return rec(0)
}

//cell

func main() {
	fmt.Println(sumTo([]int{1, 2, 3}))
}
