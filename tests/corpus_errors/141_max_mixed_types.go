//go:build ignore

// max of an int and a float64 variable.
package main

import "fmt"

//cell

func run() float64 {
	n := 3
	f := 2.5
	return max(n, f)
}

//cell

func main() {
	fmt.Println(run())
}
