//go:build ignore

// Type inference at its edges, in a unit-conversion notebook: inference
// from arguments of named types, partial type argument lists (the result
// type given, the argument type inferred), untyped constants mixed with
// typed values (min/max-like helpers pick float64 from 1 and 2.5), a
// generic function assigned to a typed function variable and passed as an
// argument, inference through core types (~[]E), and zero values.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

// Convert changes a number's type; To is given, From inferred.
func Convert[To, From Number](v From) To { return To(v) }

func ConvertAll[To Number, S ~[]From, From Number](xs S) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Larger[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T Number](x T) T { return x * 2 }

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var e E
		return e, false
	}
	return s[0], true
}

//cell

type Meters float64
type Level int8

func (l Level) String() string { return "L" + strconv.Itoa(int(l)) }

type Levels []Level

// Box holds a value and its label.
type Box[T any] struct {
	Label string
	Val   T
}

func NewBox[T any](label string, v T) Box[T] { return Box[T]{label, v} }

//cell

func main() {
	fmt.Println(Convert[int](3.99), Convert[float64](Level(7)), Convert[uint8](300.0-45))
	fmt.Printf("%T %T\n", Convert[Meters](12), Convert[Level, int](5))
	ints := ConvertAll[int](Levels{1, 2, 3})
	fmt.Printf("%v %T\n", ints, ints)

	fmt.Println(Larger(1, 2.5), Larger(Meters(3), 2), Larger[Level](-1, -3))
	fmt.Printf("%T %T %T\n", Larger(1, 2.5), Larger(Meters(3), 2), Larger('a', 98))

	var halve func(float64) float64 = Double[float64]
	var twice func(Meters) Meters = Double
	fmt.Println(halve(1.5), twice(4))
	fmt.Println(Apply([]int{1, 2, 3}, Double[int]))
	fmt.Println(Apply([]Meters{0.5, 1}, Double))
	fmt.Println(Apply(Levels{4, 5}, func(l Level) string { return l.String() + "!" }))

	var m Meters = Zero[Meters]()
	fmt.Println(m, Zero[string]() == "", Zero[*Box[int]]() == nil, Zero[Box[Level]]())
	fmt.Println(IsZero(0.0), IsZero(Level(0)), IsZero(Box[int]{}), IsZero(NewBox("x", 0)), IsZero(""))

	b := NewBox("depth", Meters(2))
	fmt.Printf("%v %+v %T\n", b, b, b)
	lv, ok := First(Levels{9, 8})
	fmt.Printf("%v %v %T\n", lv, ok, lv)
	none, ok := First([]Box[string](nil))
	fmt.Printf("%+v %v\n", none, ok)
	fmt.Println(slices.Max(Apply([]string{"10", "9", "100"}, func(s string) int {
		n, _ := strconv.Atoi(s)
		return n
	})))
	const big = 1 << 10
	fmt.Println(Double(big), Larger(big, 5.5), Convert[int8](big>>4))
}
