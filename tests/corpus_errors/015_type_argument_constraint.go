//go:build ignore

// A generic function instantiated with a type outside its constraint.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

//cell

func main() {
	fmt.Println(Sum([]int{1, 2}))
	fmt.Println(Sum[string]([]string{"a"}))
}
