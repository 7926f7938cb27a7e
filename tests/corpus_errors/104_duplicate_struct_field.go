//go:build ignore

// A struct type with a field twice.
package main

import "fmt"

//cell

type P struct {
	X int
	X string
}

func run() P { return P{} }

//cell

func main() {
	fmt.Println(run())
}
