//go:build ignore

// Two iteration variables over an iter.Seq.
package main

import (
	"fmt"
	"iter"
)

//cell

func evens(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

//cell

func run() int {
	s := 0
	for i, v := range evens(10) {
		s += i * v
	}
	return s
}

//cell

func main() {
	fmt.Println(run())
}
