//go:build ignore

// A method called on the type instead of a value.
package main

import "fmt"

//cell

type T struct{}

func (t T) Name() string { return "t" }

func run() string { return T.Name() }

//cell

func main() {
	fmt.Println(run())
}
