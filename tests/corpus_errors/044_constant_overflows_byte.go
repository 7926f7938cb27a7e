//go:build ignore

// A constant too big for a byte.
package main

import "fmt"

//cell

func main() {
	var b byte = 300
	fmt.Println(b)
}
