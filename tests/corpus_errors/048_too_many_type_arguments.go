//go:build ignore

// A generic function given more type arguments than it has.
package main

import "fmt"

func First[T any](xs []T) T { return xs[0] }

//cell

func main() {
	fmt.Println(First[int, string]([]int{1}))
}
