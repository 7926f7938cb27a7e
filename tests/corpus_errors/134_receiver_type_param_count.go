//go:build ignore

// A method whose receiver names fewer type parameters than its type has.
package main

import "fmt"

//cell

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K]) Key() K { return p.k }

//cell

func main() {
	fmt.Println(Pair[string, int]{"a", 1}.Key())
}
