//go:build ignore

// A string constant given to an int variable.
package main

import "fmt"

//cell

func main() {
	var count int = "five"
	fmt.Println(count)
}
