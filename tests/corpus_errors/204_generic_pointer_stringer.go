//go:build ignore

// An instantiated generic type whose String method has a pointer receiver.
package main

import (
	"fmt"
	"strings"
)

//cell

type Set[T comparable] struct {
	items []T
}

func (s *Set[T]) Add(v T) { s.items = append(s.items, v) }

func (s *Set[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "{" + strings.Join(parts, " ") + "}"
}

//cell

func describe(s fmt.Stringer) string { return "set " + s.String() }

//cell

func main() {
	var s Set[int]
	s.Add(1)
	fmt.Println(describe(s))
}
