//go:build ignore

// == on a type parameter constrained by any.
package main

import "fmt"

//cell

func eq[T any](a, b T) bool { return a == b }

func run() bool { return eq(1, 1) }

//cell

func main() {
	fmt.Println(run())
}
