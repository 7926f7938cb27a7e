//go:build ignore

// == between two slices.
package main

import "fmt"

//cell

func run() bool {
	a, b := []int{1}, []int{1}
	return a == b
}

//cell

func main() {
	fmt.Println(run())
}
