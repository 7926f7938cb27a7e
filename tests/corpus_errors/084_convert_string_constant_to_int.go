//go:build ignore

// A string constant converted to int.
package main

import "fmt"

//cell

func run() int {
	return int("42")
}

//cell

func main() {
	fmt.Println(run())
}
