//go:build ignore

// A generic type instantiated with too few arguments.
package main

import "fmt"

//cell

type Pair[K comparable, V any] struct {
	k K
	v V
}

func run() any {
	var p Pair[string]
	return p
}

//cell

func main() {
	fmt.Println(run())
}
