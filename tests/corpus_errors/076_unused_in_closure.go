//go:build ignore

// A variable declared and not used inside a function literal.
package main

import "fmt"

//cell

func run() int {
	f := func() int {
		x := 2
		return 1
	}
	return f()
}

//cell

func main() {
	fmt.Println(run())
}
