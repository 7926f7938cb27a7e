//go:build ignore

// A slice expression past the capacity.
package main

import "fmt"

//cell

func window(xs []int, from, n int) []int {
	return xs[from : from+n]
}

//cell

func main() {
	data := []int{1, 2, 3, 4, 5}
	fmt.Println(window(data, 1, 3))
	fmt.Println(window(data, 3, 4))
}
