//go:build ignore

// Pop of an empty generic stack indexes at -1.
package main

import (
	"fmt"
)

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

//cell

func main() {
	var s Stack[string]
	s.Push("a")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
}
