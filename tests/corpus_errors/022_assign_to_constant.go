//go:build ignore

// A constant assigned to.
package main

import "fmt"

const maxItems = 3

//cell

func main() {
	maxItems = 4
	fmt.Println(maxItems)
}
