//go:build ignore

// A type argument outside the constraint's type set.
package main

import "fmt"

//cell

type Number interface {
	~int | ~int64 | ~float64
}

func double[T Number](x T) T { return x * 2 }

//cell

func run() string {
	return double("ab")
}

//cell

func main() {
	fmt.Println(run())
}
