//go:build ignore

// A slice made with a negative length.
package main

import "fmt"

//cell

func main() {
	n := 3 - 5
	fmt.Println("making", n)
	buf := make([]byte, n)
	fmt.Println(len(buf))
}
