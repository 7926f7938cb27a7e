//go:build ignore

// A string multiplied by an int.
package main

import "fmt"

//cell

func run() string {
	s := "ab"
	return s * 3
}

//cell

func main() {
	fmt.Println(run())
}
