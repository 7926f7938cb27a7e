//go:build ignore

// A function of two parameters called with one argument.
package main

import "fmt"

func clamp(x, hi int) int {
	if x > hi {
		return hi
	}
	return x
}

//cell

func main() {
	fmt.Println(clamp(12))
}
