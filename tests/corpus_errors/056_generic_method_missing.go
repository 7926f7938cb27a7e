//go:build ignore

// A type parameter's method called that its constraint lacks.
package main

import "fmt"

func Describe[T any](v T) string {
	return v.String()
}

//cell

func main() {
	fmt.Println(Describe(3))
}
