//go:build ignore

// Arithmetic on an int and a float64 variable.
package main

import "fmt"

//cell

func run() float64 {
	n := 3
	f := 1.5
	return n * f
}

//cell

func main() {
	fmt.Println(run())
}
