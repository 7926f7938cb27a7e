//go:build ignore

// A string and an int added.
package main

import "fmt"

//cell

func main() {
	name := "item"
	n := 3
	label := name + n
	fmt.Println(label)
}
