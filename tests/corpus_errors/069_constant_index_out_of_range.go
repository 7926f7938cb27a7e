//go:build ignore

// A constant index past the end of an array.
package main

import "fmt"

//cell

func run() int {
	a := [3]int{1, 2, 3}
	return a[5]
}

//cell

func main() {
	fmt.Println(run())
}
