//go:build ignore

// A calculator of generic operations kept in a map of func values, a
// generic struct's func field, a method value of a generic stack
// returned from a function, an instance of slices.Sort returned.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Number interface{ ~int | ~float64 }

func Add[T Number](a, b T) T { return a + b }
func Sub[T Number](a, b T) T { return a - b }
func Mul[T Number](a, b T) T { return a * b }

type Op[T Number] struct {
	Sym string
	Fn  func(T, T) T
}

type Calc struct {
	ops map[string]func(float64, float64) float64
}

func NewCalc() *Calc {
	return &Calc{ops: map[string]func(float64, float64) float64{"+": Add[float64], "-": Sub[float64], "*": Mul[float64]}}
}

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(v T) { s.xs = append(s.xs, v) }

func pusher(s *Stack[string]) func(string) { return s.Push }

func sorter() func([]int) { return slices.Sort[[]int] }

//cell

func step1() {
	c := NewCalc()
	for _, k := range slices.Sorted(maps.Keys(c.ops)) {
		fmt.Print(k, c.ops[k](6, 3), " ")
	}
	fmt.Println()
	intOps := []Op[int]{{"+", Add[int]}, {"*", Mul[int]}, {"-", func(a, b int) int { return Sub(a, b) }}}
	for _, o := range intOps {
		fmt.Print(o.Sym, o.Fn(7, 2), " ")
	}
	fmt.Println()
	var s Stack[string]
	p := pusher(&s)
	p("a")
	p("b")
	fmt.Println(s.xs)
	xs := []int{3, 1, 2}
	sorter()(xs)
	fmt.Println(xs)
	var fold func([]string, string) string = strings.Join
	fmt.Println(fold([]string{"x", "y"}, "-"))
	table := map[string]func(int, int) int{"add": Add[int]}
	table["mul"] = Mul
	fmt.Println(table["add"](2, 3), table["mul"](2, 3))
	fns := append([]func(float64, float64) float64{}, Add[float64], Sub[float64])
	fmt.Println(fns[0](1, 2), fns[1](1, 2))
}

//cell

func main() {
	step1()
}
