//go:build ignore

// Two arguments that infer different types for one type parameter.
package main

import "fmt"

//cell

func same[T comparable](a, b T) bool { return a == b }

//cell

func run() bool {
	n := 1
	s := "1"
	return same(n, s)
}

//cell

func main() {
	fmt.Println(run())
}
