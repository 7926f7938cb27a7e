//go:build ignore

// A := of a variable declared just before in a function.
package main

import "fmt"

//cell

func next(n int) int {
	m := n + 1
	m := m * 2
	return m
}

//cell

func main() {
	fmt.Println(next(3))
}
