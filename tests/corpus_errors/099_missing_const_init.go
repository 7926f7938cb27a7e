//go:build ignore

// A constant without a value and nothing to repeat.
package main

import "fmt"

//cell

func run() int {
	const c int
	return c
}

//cell

func main() {
	fmt.Println(run())
}
