//go:build ignore

// A generic function whose type parameter appears only in its result.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

//cell

func main() {
	z := Zero()
	fmt.Println(z)
}
