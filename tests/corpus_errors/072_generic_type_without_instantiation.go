//go:build ignore

// A generic type used without type arguments.
package main

import "fmt"

//cell

type Box[T any] struct{ v T }

func run() any {
	var b Box
	return b
}

//cell

func main() {
	fmt.Println(run())
}
