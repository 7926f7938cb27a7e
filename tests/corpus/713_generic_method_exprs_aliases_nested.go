//go:build ignore

// Method expressions and method values of generic instances, an
// instantiated generic function in a variable and a slice, an alias of
// an instance over a later cell's struct, nested instances with %T.
package main

import (
	"fmt"
	"strings"
)

//cell

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

//cell

func step1() {
	push := (*Stack[string]).Push
	var s Stack[string]
	push(&s, "a")
	push(&s, "b")
	pop := s.Pop
	x, ok := pop()
	fmt.Println(x, ok, s.items)
	up := Map[string, string]
	fmt.Println(up([]string{"x", "y"}, strings.ToUpper))
	fs := []func([]int, func(int) string) []string{Map[int, string]}
	fmt.Println(fs[0]([]int{1, 2}, func(i int) string { return strings.Repeat("*", i) }))
}

//cell

type Op struct {
	Name string
	Arg  int
}

type OpStack = Stack[Op]

//cell

func step2() {
	var ops OpStack
	ops.Push(Op{"add", 1})
	ops.Push(Op{"mul", 3})
	for {
		op, ok := ops.Pop()
		if !ok {
			break
		}
		fmt.Printf("%+v ", op)
	}
	fmt.Println()
	fmt.Printf("%T %v %+v\n", ops, ops, Stack[*Op]{[]*Op{nil}})
	nested := Stack[Stack[int]]{}
	nested.Push(Stack[int]{[]int{1}})
	inner, _ := nested.Pop()
	fmt.Printf("%v %T\n", inner, nested)
}

//cell

func main() {
	step1()
	step2()
}
