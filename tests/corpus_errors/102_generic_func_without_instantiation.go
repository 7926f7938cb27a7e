//go:build ignore

// A generic function used as a value without type arguments.
package main

import "fmt"

//cell

func id[T any](x T) T { return x }

func run() any {
	f := id
	return f
}

//cell

func main() {
	fmt.Println(run())
}
