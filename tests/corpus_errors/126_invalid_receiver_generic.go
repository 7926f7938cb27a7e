//go:build ignore

// A method on a generic type without its type parameters.
package main

import "fmt"

//cell

type List[T any] struct{ xs []T }

func (l List) Len() int { return len(l.xs) }

func run() int { return 0 }

//cell

func main() {
	fmt.Println(run())
}
