//go:build ignore

// A method of a generic type that names its receiver's type parameter int, to sum ints.
package main

import "fmt"

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

//cell

func (s *Stack[int]) Sum() int {
	total := 0
	for _, x := range s.items {
		total += x
	}
	return total
}

//cell

func main() {
	var s Stack[int]
	s.Push(2)
	fmt.Println(s.Sum())
}
