//go:build ignore

// A variable ranging over a function literal whose yield takes nothing.
package main

import "fmt"

//cell

func run() int {
	n := 0
	for x := range func(yield func() bool) {
		for range 3 {
			if !yield() {
				return
			}
		}
	} {
		n += x
	}
	return n
}

//cell

func main() {
	fmt.Println(run())
}
