//go:build ignore

// A full slice expression whose capacity exceeds the array.
package main

import (
	"fmt"
)

//cell

func window(xs []int, lo, hi, max int) []int { return xs[lo:hi:max] }

//cell

func main() {
	xs := make([]int, 4, 6)
	fmt.Println(len(window(xs, 1, 3, 5)), cap(window(xs, 1, 3, 5)))
	fmt.Println(window(xs, 1, 3, 7))
}
