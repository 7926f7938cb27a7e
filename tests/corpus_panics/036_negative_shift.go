//go:build ignore

// A shift by a count that a computation made negative, in a function
// another cell calls.
package main

import "fmt"

//cell

func scale(v int, exp int) int {
	fmt.Println("scaling by", exp)
	return v << (exp - 4)
}

//cell

func main() {
	fmt.Println(scale(3, 6))
	fmt.Println(scale(3, 2))
}
