//go:build ignore

// A var declared twice in one function.
package main

import "fmt"

//cell

func describe() string {
	var label string
	var label = "x"
	return label
}

//cell

func main() {
	fmt.Println(describe())
}
