//go:build ignore

// A label declared twice in one function.
package main

import "fmt"

//cell

func run() int {
	n := 0
L:
	for range 2 {
		n++
		continue L
	}
L:
	for range 2 {
		n++
	}
	return n
}

//cell

func main() {
	fmt.Println(run())
}
