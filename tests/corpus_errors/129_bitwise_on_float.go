//go:build ignore

// & on two float64s.
package main

import "fmt"

//cell

func run() float64 {
	a, b := 1.5, 2.5
	return a & b
}

//cell

func main() {
	fmt.Println(run())
}
