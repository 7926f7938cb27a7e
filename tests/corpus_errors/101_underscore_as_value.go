//go:build ignore

// The blank identifier used as a value.
package main

import "fmt"

//cell

func run() int {
	x := _
	return x
}

//cell

func main() {
	fmt.Println(run())
}
