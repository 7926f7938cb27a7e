//go:build ignore

// A method value assigned to a function of another signature.
package main

import "fmt"

//cell

type T struct{}

func (T) Name() string { return "t" }

func run() int {
	var f func() int = T{}.Name
	return f()
}

//cell

func main() {
	fmt.Println(run())
}
