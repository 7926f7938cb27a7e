//go:build ignore

// A division by zero in a function literal that divides in several places.
package main

import "fmt"

//cell

func main() {
	per := func(total, parts int) (int, int) {
		each := total / parts
		left := total % parts
		return each, left
	}
	fmt.Println(per(7, 2))
	fmt.Println(per(7, 0))
}
