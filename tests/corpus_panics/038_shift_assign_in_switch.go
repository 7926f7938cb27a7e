//go:build ignore

// A shift assignment by a negative count in a switch clause that a
// default in the middle falls through to.
package main

import "fmt"

//cell

func adjust(v, by int) int {
	switch {
	case by > 8:
		v = 0
	default:
		fmt.Println("default for", by)
		fallthrough
	case by == 0:
		v <<= by
	}
	return v
}

//cell

func main() {
	fmt.Println(adjust(5, 2))
	fmt.Println(adjust(5, 0))
	fmt.Println(adjust(5, -1))
}
