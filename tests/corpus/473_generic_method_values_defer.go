//go:build ignore

// Method values and expressions of generic types, bound at different
// times: a method value of an instance passed as a callback, a method
// expression of a pointer instance, a method value through an embedded
// pointer that is later replaced, and defer evaluating its receiver at
// once.
package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (s Stack[T]) Peek() T    { return s.items[len(s.items)-1] }
func (s Stack[T]) Depth() int { return len(s.items) }

func each[T any](vs []T, f func(T)) {
	for _, v := range vs {
		f(v)
	}
}

//cell

var ints Stack[int]

func init() {
	each([]int{3, 1, 4}, ints.Push)
	push := (*Stack[int]).Push
	push(&ints, 9)
	peek := Stack[int].Peek
	fmt.Println(peek(ints), ints.Depth(), ints.items)
	depth := ints.Depth // a copy of ints now
	ints.Push(2)
	fmt.Println(depth(), ints.Depth())
}

//cell

type Engine struct{ name string }

func (e *Engine) Start() string { return e.name + " started" }

type Car struct {
	*Engine
	model string
}

func (c Car) Describe() string { return c.model + " with " + c.name }

//cell

func init() {
	car := Car{&Engine{"v6"}, "coupe"}
	start := car.Start // binds the *Engine now
	desc := car.Describe
	car.Engine = &Engine{"electric"}
	car.model = "sedan"
	fmt.Println(start(), "|", car.Start())
	fmt.Println(desc(), "|", car.Describe())
	fs := []func() string{car.Start, car.Describe}[:1]
	fmt.Println(len(fs), fs[0]())
}

//cell

type Log struct{ lines []string }

func (l *Log) Add(s string) { l.lines = append(l.lines, s) }

func (l Log) Dump() { fmt.Println(strings.Join(l.lines, " / ")) }

func main() {
	var l Log
	l.Add("a")
	defer l.Dump() // receiver copied now: sees only "a"
	defer func() { l.Dump() }()
	l.Add("b")
	strs := Stack[string]{}
	add := strs.Push
	add("x")
	add("y")
	fmt.Println(strs.Depth(), strs.Peek())
	fmt.Printf("%T\n", add)
	var pushers []func(string)
	for i := range 3 {
		s := &Stack[string]{}
		pushers = append(pushers, s.Push)
		_ = i
	}
	for i, p := range pushers {
		p(fmt.Sprint(i))
	}
	fmt.Println(len(pushers))
}
