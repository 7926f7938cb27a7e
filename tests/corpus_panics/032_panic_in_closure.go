//go:build ignore

// A function literal kept in a variable that divides by zero.
package main

import "fmt"

//cell

func main() {
	ratio := func(a, b int) int {
		return a / b
	}
	fmt.Println(ratio(6, 3))
	fmt.Println(ratio(1, 0))
}
