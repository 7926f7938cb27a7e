//go:build ignore

// A variable called as if it were a function.
package main

import "fmt"

//cell

func main() {
	limit := 5
	fmt.Println(limit())
}
