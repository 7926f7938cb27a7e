//go:build ignore

// An array length from a variable.
package main

import "fmt"

//cell

func run() int {
	n := 4
	var a [n]int
	return len(a)
}

//cell

func main() {
	fmt.Println(run())
}
