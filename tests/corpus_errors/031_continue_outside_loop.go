//go:build ignore

// A continue in a switch with no loop.
package main

import "fmt"

//cell

func classify(n int) {
	switch {
	case n < 0:
		continue
	default:
		fmt.Println(n)
	}
}

//cell

func main() {
	classify(1)
}
