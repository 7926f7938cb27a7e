//go:build ignore

// Values of generic types in an any: a type switch over instances
// (Opt[int], Opt[string], Pair[string, int], Vec[int]) and fmt.Stringer,
// where a String method with a pointer receiver makes the pointer a
// Stringer and the value not; instances as map keys of any and compared
// through any; methods of a generic slice type.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type Pair[A comparable, B comparable] struct {
	A A
	B B
}

type Vec[T ~int | ~float64] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func (v *Vec[T]) Push(x T) { *v = append(*v, x) }

type Named[T any] struct {
	Name string
	Val  T
}

func (n *Named[T]) String() string { return n.Name + "=" + fmt.Sprint(n.Val) }

func describe(x any) string {
	switch v := x.(type) {
	case Opt[int]:
		return "opt int " + v.String()
	case Opt[string]:
		return "opt string " + v.String()
	case Pair[string, int]:
		return fmt.Sprintf("pair %s/%d", v.A, v.B)
	case fmt.Stringer:
		return "stringer " + v.String()
	case Vec[int]:
		return fmt.Sprint("vec ", v.Sum())
	}
	return fmt.Sprintf("other %T", x)
}

//cell

func step1() {
	xs := []any{Some(1), Some("a"), Opt[float64]{}, Pair[string, int]{"k", 2}, Vec[int]{1, 2, 3}, Vec[float64]{0.5}, &Named[int]{"n", 4}, Named[int]{"m", 5}}
	for _, x := range xs {
		fmt.Println(describe(x))
	}
	fmt.Println(xs...)
	fmt.Printf("%v\n%+v\n", xs, xs)
	for _, x := range xs {
		fmt.Printf("%T|", x)
	}
	fmt.Println()
}

//cell

func step2() {
	var s fmt.Stringer = Some(Pair[int, int]{1, 2})
	fmt.Println(s, s.(Opt[Pair[int, int]]).v.B)
	_, isOptInt := s.(Opt[int])
	fmt.Println(isOptInt)
	m := map[any]int{Pair[int, int]{1, 2}: 1, Pair[string, string]{"1", "2"}: 2, Some(3): 3}
	fmt.Println(m[Pair[int, int]{1, 2}], m[Pair[string, string]{"1", "2"}], m[Pair[int, string]{1, "2"}], m[Some(3)], len(m))
	fmt.Println(any(Pair[int, int]{1, 2}) == any(Pair[int, int]{1, 2}), any(Some(1)) == any(Some(1)), any(Some(1)) == any(Some(2)))
	var v Vec[int]
	v.Push(4)
	v.Push(5)
	fmt.Println(v, v.Sum(), len(v), Vec[float64]{1.5, 2}.Sum())
	keys := []Pair[string, int]{{"b", 1}, {"a", 2}, {"a", 1}}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].A != keys[j].A {
			return keys[i].A < keys[j].A
		}
		return keys[i].B < keys[j].B
	})
	fmt.Println(keys, strings.Repeat("=", 3))
}

//cell

func main() {
	step1()
	step2()
}
