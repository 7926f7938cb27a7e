//go:build ignore

// An int in an any asserted to a string.
package main

import "fmt"

//cell

func main() {
	var v any = 42
	fmt.Println("asserting")
	s := v.(string)
	fmt.Println(s)
}
