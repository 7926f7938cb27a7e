//go:build ignore

// An untyped float constant assigned to an int.
package main

import "fmt"

//cell

func run() int {
	var n int = 2.5
	return n
}

//cell

func main() {
	fmt.Println(run())
}
