//go:build ignore

// Two methods of one name on a type.
package main

import "fmt"

//cell

type T struct{}

func (T) Name() string  { return "a" }
func (*T) Name() string { return "b" }

func run() string { return T{}.Name() }

//cell

func main() {
	fmt.Println(run())
}
