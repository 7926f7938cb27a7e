//go:build ignore

// A generic function that instantiates itself with an ever larger type.
package main

import "fmt"

//cell

func depth[T any](n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth[*T](n-1)
}

//cell

func main() {
	fmt.Println(depth[int](3))
}
