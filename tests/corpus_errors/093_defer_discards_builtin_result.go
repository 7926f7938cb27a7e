//go:build ignore

// A defer of len, whose result is discarded.
package main

import "fmt"

//cell

func run() int {
	s := []int{1}
	defer len(s)
	return 0
}

//cell

func main() {
	fmt.Println(run())
}
