//go:build ignore

// The address of a function call.
package main

import "fmt"

//cell

func two() int { return 2 }

func run() *int {
	return &two()
}

//cell

func main() {
	fmt.Println(run())
}
