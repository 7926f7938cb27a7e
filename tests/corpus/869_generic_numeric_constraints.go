//go:build ignore

// Generic constraints: a Number union with ~int | ~float64 members,
// cmp.Ordered, a Stringer constraint with a method, user types
// satisfying them through their underlying types, Sum/Mean/MinMax, a
// generic Map/Reduce, a Pair with a comparable constraint, and type
// inference from function arguments.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//cell

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

type Celsius float64
type Score int
type Cents int64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MinMax[T cmp.Ordered](xs ...T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

//cell

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }
func (c Cents) String() string   { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Shower interface {
	~int64 | ~float64
	String() string
}

func ShowAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ", ")
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Index[K comparable, V any](ps []Pair[K, V], k K) (V, bool) {
	for _, p := range ps {
		if p.Key == k {
			return p.Val, true
		}
	}
	var zero V
	return zero, false
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

//cell

func main() {
	temps := []Celsius{21.5, 19, 23.25, 18}
	fmt.Println(Sum(temps), Mean(temps))
	fmt.Printf("%v %.2f\n", Sum([]Score{90, 85, 77}), Mean([]Score{90, 85, 77}))
	fmt.Println(Sum([]int8{100, 27}), Sum([]float32{0.5, 0.25}))
	lo, hi := MinMax(temps...)
	fmt.Println(lo, hi)
	fmt.Println(MinMax("pear", "apple", "fig"))
	fmt.Println(ShowAll([]Cents{199, 5, 12000}))
	fmt.Println(ShowAll(temps))

	strs := MapSlice([]Score{1, 2, 3}, func(s Score) string { return strconv.Itoa(int(s) * 10) })
	fmt.Printf("%q\n", strs)
	longest := Reduce([]string{"go", "gopher", "gc"}, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(longest, Reduce([]int{1, 2, 3, 4}, 1, func(a, x int) int { return a * x }))

	ps := []Pair[string, Cents]{{"tea", 350}, {"cake", 425}}
	fmt.Println(ps)
	v, ok := Index(ps, "cake")
	fmt.Println(v, ok)
	_, ok = Index(ps, "pie")
	fmt.Println(ok)
	type point struct{ X, Y int }
	pp := []Pair[point, []string]{{point{1, 2}, []string{"a"}}, {point{3, 4}, nil}}
	w, ok := Index(pp, point{3, 4})
	fmt.Println(w == nil, ok, pp[0])

	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"), Clamp(Score(50), 60, 100))
	fmt.Println(Abs(-7), Abs(Celsius(-3.5)), Abs(int16(-300)))
	sorted := slices.SortedFunc(slices.Values(temps), func(a, b Celsius) int { return cmp.Compare(b, a) })
	fmt.Println(sorted)
	fmt.Printf("%T %T\n", Sum[Cents], Pair[int, bool]{})
}
