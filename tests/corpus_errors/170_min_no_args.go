//go:build ignore

// min without arguments.
package main

import "fmt"

//cell

func run() int {
	return min()
}

//cell

func main() {
	fmt.Println(run())
}
