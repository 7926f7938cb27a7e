//go:build ignore

// A function of a cell names a variable nobody declares.
package main

import "fmt"

//cell

func report() {
	fmt.Println("rate:", rate)
}

//cell

func main() {
	report()
}
