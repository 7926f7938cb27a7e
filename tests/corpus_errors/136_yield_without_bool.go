//go:build ignore

// Range over a function whose yield returns nothing.
package main

import "fmt"

//cell

func count(yield func(int)) {
	for i := range 3 {
		yield(i)
	}
}

//cell

func run() int {
	s := 0
	for x := range count {
		s += x
	}
	return s
}

//cell

func main() {
	fmt.Println(run())
}
