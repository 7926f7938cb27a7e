//go:build ignore

// A method of a generic stack pops from an empty stack inside the body of
// a range over a function.
package main

import (
	"fmt"
	"iter"
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

func ops(text string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for _, r := range text {
			if !yield(r) {
				return
			}
		}
	}
}

func eval(text string) int {
	var s Stack[int]
	for r := range ops(text) {
		switch {
		case r >= '0' && r <= '9':
			s.Push(int(r - '0'))
		case r == '+':
			s.Push(s.Pop() + s.Pop())
		case r == '*':
			s.Push(s.Pop() * s.Pop())
		}
	}
	return s.Pop()
}

//cell

func main() {
	fmt.Println(eval("34+2*"))
	fmt.Println(eval("3+"))
}
