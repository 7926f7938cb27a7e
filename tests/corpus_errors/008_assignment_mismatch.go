//go:build ignore

// Two variables from a function that returns one value.
package main

import "fmt"

func half(n int) int { return n / 2 }

//cell

func main() {
	q, r := half(7)
	fmt.Println(q, r)
}
