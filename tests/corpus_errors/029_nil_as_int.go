//go:build ignore

// nil given to an int.
package main

import "fmt"

//cell

func find(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return nil
}

//cell

func main() {
	fmt.Println(find([]int{4, 5}, 5))
}
