//go:build ignore

// Range over a function whose yield takes three values.
package main

import "fmt"

//cell

func triples(yield func(int, int, int) bool) {
	yield(1, 2, 3)
}

//cell

func run() int {
	s := 0
	for a, b := range triples {
		s += a + b
	}
	return s
}

//cell

func main() {
	fmt.Println(run())
}
