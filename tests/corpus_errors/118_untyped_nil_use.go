//go:build ignore

// A variable declared from nil.
package main

import "fmt"

//cell

func run() any {
	x := nil
	return x
}

//cell

func main() {
	fmt.Println(run())
}
