//go:build ignore

// A constraint with a type set and a method (~int | ~string; String),
// satisfied by an enum and a string type, and generic types embedding
// generic types (by value and by pointer) with promoted methods.
package main

import (
	"fmt"
	"strings"
)

//cell

type Stringish interface {
	~int | ~string
	String() string
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

func JoinAll[T Stringish](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Max[T Stringish](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

//cell

func step1() {
	fmt.Println(JoinAll([]Color{Blue, Red, Green}, ","))
	fmt.Println(JoinAll([]Tag{"b", "a"}, ""))
	fmt.Println(Max(Red, Blue, Green), Max[Tag]("x", "z", "y"))
	fmt.Printf("%v %d %s\n", Max(Green, Red), Max(Green, Red), Max(Tag("q")))
}

//cell

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T)  { l.items = append(l.items, x) }
func (l *List[T]) Len() int  { return len(l.items) }
func (l List[T]) At(i int) T { return l.items[i] }

type Named[T any] struct {
	List[T]
	Name string
}

type Counted[K comparable] struct {
	*Named[K]
	counts map[K]int
}

func NewCounted[K comparable](name string) Counted[K] {
	return Counted[K]{&Named[K]{Name: name}, map[K]int{}}
}

func (c Counted[K]) Add(k K) {
	if c.counts[k] == 0 {
		c.Push(k)
	}
	c.counts[k]++
}

//cell

func step2() {
	c := NewCounted[Color]("colors")
	for _, x := range []Color{Red, Blue, Red, Green, Blue, Red} {
		c.Add(x)
	}
	for i := range c.Len() {
		fmt.Print(c.At(i), "=", c.counts[c.At(i)], " ")
	}
	fmt.Println(c.Name, c.Named.List.Len())
	n := Named[Tag]{Name: "tags"}
	n.Push("x")
	fmt.Printf("%v|%+v\n", n, n)
	fmt.Printf("%T %T\n", n, c)
}

//cell

func main() {
	step1()
	step2()
}
