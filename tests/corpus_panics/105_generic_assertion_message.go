//go:build ignore

// A failed assertion between two instances of a generic type.
package main

import (
	"fmt"
)

//cell

type Box[T any] struct{ V T }

func unbox(x any) Box[string] { return x.(Box[string]) }

//cell

func main() {
	var x any = Box[string]{"s"}
	fmt.Println(unbox(x).V)
	x = Box[int]{1}
	fmt.Println(unbox(x).V)
}
