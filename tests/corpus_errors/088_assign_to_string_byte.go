//go:build ignore

// An assignment to a byte of a string.
package main

import "fmt"

//cell

func run() string {
	s := "hello"
	s[0] = 72
	return s
}

//cell

func main() {
	fmt.Println(run())
}
