//go:build ignore

// A function of one parameter called with two arguments.
package main

import "fmt"

func double(x int) int { return 2 * x }

//cell

func main() {
	fmt.Println(double(4, 5))
}
