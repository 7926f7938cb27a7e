//go:build ignore

// Typed constant arithmetic that overflows its type.
package main

import "fmt"

//cell

const limit int8 = 100

const twice = limit * 2

//cell

func main() {
	fmt.Println(twice)
}
