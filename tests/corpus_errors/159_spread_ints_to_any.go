//go:build ignore

// A []int spread to a ...any parameter.
package main

import "fmt"

//cell

func run() {
	xs := []int{1, 2, 3}
	fmt.Println(xs...)
}

//cell

func main() {
	run()
}
