//go:build ignore

// Constraints that say more than `any`: a type set with ~ for named number
// types, constraints with methods (fmt.Stringer, a Shape with Area), a
// constraint that is both a slice type and has a method
// (interface{ ~[]E; Len() int }), comparable keys, and a pointer-method
// constraint (interface{ *T; Reset() }) to build values in generic code.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Numeric is the number types the report works with.
type Numeric interface {
	~int | ~int64 | ~float64
}

// Shape is a constraint made of methods only: any type with Area and
// String fits, interfaces included.
type Shape interface {
	Area() float64
	fmt.Stringer
}

// Lengthed is a slice type with a Len method.
type Lengthed[E any] interface {
	~[]E
	Len() int
}

// Resetter is satisfied by *T when T has a pointer Reset method.
type Resetter[T any] interface {
	*T
	Reset()
}

//cell

func Total[T Numeric](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Largest[S Shape](shapes []S) S {
	return slices.MaxFunc(shapes, func(a, b S) int {
		switch {
		case a.Area() < b.Area():
			return -1
		case a.Area() > b.Area():
			return 1
		}
		return 0
	})
}

func Labels[T fmt.Stringer](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, "; ")
}

// Describe uses both the slice form and the method of its argument.
func Describe[L Lengthed[E], E any](l L) string {
	return fmt.Sprintf("%d/%d first=%v", l.Len(), len(l), l[0])
}

func Fresh[T any, PT Resetter[T]](n int) []T {
	out := make([]T, n)
	for i := range out {
		PT(&out[i]).Reset()
	}
	return out
}

func Index[K comparable, V any](xs []V, key func(V) K) map[K]V {
	m := make(map[K]V, len(xs))
	for _, x := range xs {
		m[key(x)] = x
	}
	return m
}

//cell

type Cents int64
type Ratio float64

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("circle r=%g", c.R) }
func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) String() string   { return fmt.Sprintf("rect %gx%g", r.W, r.H) }

// Playlist is a slice type with methods.
type Playlist []string

func (p Playlist) Len() int { return len(p) }

// Counter needs its Reset to start at one.
type Counter struct {
	N    int
	Name string
}

func (c *Counter) Reset() { c.N, c.Name = 1, "fresh" }

//cell

func main() {
	fmt.Println(Total[Cents](199, 250, 1), Total(0.5, 0.25), Total[Ratio]())
	fmt.Printf("%T %T\n", Total(Cents(3)), Total(1, 2))

	circles := []Circle{{1}, {2.5}, {0.5}}
	fmt.Println(Largest(circles))
	var shapes []Shape = []Shape{Rect{2, 3}, Circle{1.5}, Rect{4, 1}}
	big := Largest(shapes)
	fmt.Printf("%v %.3f %T\n", big, big.Area(), big)
	fmt.Println(Labels(circles))
	fmt.Println(Labels([]Rect{{1, 1}, {2, 0.5}}))

	fmt.Println(Describe(Playlist{"intro", "verse", "chorus"}))
	cs := Fresh[Counter](2)
	fmt.Printf("%+v\n", cs)

	byName := Index(shapes, func(s Shape) string { return s.String() })
	fmt.Println(len(byName), byName["rect 4x1"])
	byArea := Index(circles, func(c Circle) int { return int(c.Area()) })
	fmt.Println(byArea[19], byArea[0])
}
