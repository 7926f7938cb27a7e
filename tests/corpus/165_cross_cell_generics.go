//go:build ignore

// A generic type in one cell; methods, constraints and instantiations in
// later cells.
package main

import (
	"cmp"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

//cell

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

//cell

var ints Stack[int]
var names = &Stack[string]{}

//cell

func main() {
	ints.Push(3)
	ints.Push(5)
	names.Push("go")
	v, ok := ints.Pop()
	w, _ := names.Pop()
	_, empty := names.Pop()
	fmt.Println(v, ok, w, empty, len(ints.items))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("a", "c", "b"), MaxOf(1.5, -2.0))
}
