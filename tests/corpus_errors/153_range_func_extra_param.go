//go:build ignore

// Range over a function that takes a second parameter besides yield.
package main

import "fmt"

//cell

func walk(yield func(int) bool, limit int) {
	for i := range limit {
		yield(i)
	}
}

//cell

func run() int {
	s := 0
	for x := range walk {
		s += x
	}
	return s
}

//cell

func main() {
	fmt.Println(run())
}
