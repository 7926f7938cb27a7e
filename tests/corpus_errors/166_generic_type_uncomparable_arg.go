//go:build ignore

// A generic type instantiated with a type its constraint does not allow.
package main

import "fmt"

//cell

type Set[T comparable] map[T]struct{}

//cell

func run() int {
	s := Set[[]int]{}
	return len(s)
}

//cell

func main() {
	fmt.Println(run())
}
