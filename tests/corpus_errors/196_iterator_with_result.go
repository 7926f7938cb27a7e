//go:build ignore

// Range over a function that also returns a count.
package main

import "fmt"

//cell

func evens(yield func(int) bool) int {
	n := 0
	for i := 0; i < 10; i += 2 {
		if !yield(i) {
			break
		}
		n++
	}
	return n
}

//cell

func sum() int {
	s := 0
	for x := range evens {
		s += x
	}
	return s
}

//cell

func main() {
	fmt.Println(sum())
}
