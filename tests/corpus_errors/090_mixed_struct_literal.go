//go:build ignore

// Keyed and positional fields in one struct literal.
package main

import "fmt"

//cell

type P struct{ X, Y int }

func run() P {
	return P{X: 1, 2}
}

//cell

func main() {
	fmt.Println(run())
}
