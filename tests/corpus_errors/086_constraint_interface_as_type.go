//go:build ignore

// A constraint interface used as the type of a variable.
package main

import "fmt"

//cell

type Number interface{ ~int | ~float64 }

func run() any {
	var x Number
	return x
}

//cell

func main() {
	fmt.Println(run())
}
