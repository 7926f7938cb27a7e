//go:build ignore

// A type parameter used as the constraint of another.
package main

import "fmt"

//cell

func pick[T any, U T](x U) T { return x }

//cell

func main() {
	fmt.Println(pick[int, int](1))
}
