//go:build ignore

// A hand-written iterator that ignores yield's false result keeps calling
// the loop body after a break: Go stops the program with a runtime error.
package main

import (
	"fmt"
	"iter"
)

//cell

func sloppy(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			yield(i)
		}
	}
}

//cell

func main() {
	for v := range sloppy(5) {
		fmt.Println("got", v)
		if v == 1 {
			break
		}
	}
	fmt.Println("not reached")
}
