//go:build ignore

// A type assertion on an int.
package main

import "fmt"

//cell

func main() {
	n := 3
	s, ok := n.(string)
	fmt.Println(s, ok)
}
