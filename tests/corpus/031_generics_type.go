//go:build ignore

// Generic types: a stack and a pair, with methods.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

//cell

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

//cell

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	words := &Stack[string]{}
	words.Push("go")
	w, _ := words.Pop()
	_, ok := words.Pop()
	fmt.Println(w, ok)
	p := Pair[string, int]{"answer", 42}
	fmt.Println(p.Key, p.Val)
	fmt.Println(p.String())
	ps := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(len(ps), ps[1].Val)
}
