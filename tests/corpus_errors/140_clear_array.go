//go:build ignore

// clear of an array.
package main

import "fmt"

//cell

func run() [3]int {
	a := [3]int{1, 2, 3}
	clear(a)
	return a
}

//cell

func main() {
	fmt.Println(run())
}
