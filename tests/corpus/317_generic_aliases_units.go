//go:build ignore

// Measurements with units, written with generics: constraints with ~ so
// named number types fit, type inference from arguments and from the
// function a result is assigned to, generic type aliases (Go 1.24), a
// generic struct with methods, and the builtins min and max inside generic
// code.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64
type Grams int
type Celsius float32

func (m Meters) String() string { return fmt.Sprintf("%.1fm", float64(m)) }

func Sum[T Number](xs ...T) T {
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
	return float64(Sum(xs...)) / float64(len(xs))
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

//cell

// Series is a named series of values of one unit.
type Series[T Number] struct {
	Name   string
	Points []T
}

func (s *Series[T]) Add(vs ...T) *Series[T] {
	s.Points = append(s.Points, vs...)
	return s
}

func (s Series[T]) Range() (T, T) {
	lo, hi := s.Points[0], s.Points[0]
	for _, p := range s.Points {
		lo, hi = min(lo, p), max(hi, p)
	}
	return lo, hi
}

// generic aliases: a shorter name for an instantiated or generic type
type Set[K comparable] = map[K]struct{}
type Distances = Series[Meters]
type Table[K comparable, V any] = map[K][]V

func SetOf[K comparable](ks ...K) Set[K] {
	s := Set[K]{}
	for _, k := range ks {
		s[k] = struct{}{}
	}
	return s
}

func Keys[K cmp.Ordered](s Set[K]) []K {
	out := make([]K, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

//cell

func Convert[From, To Number](xs []From, f func(From) To) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Group[K comparable, V any](vs []V, key func(V) K) Table[K, V] {
	t := Table[K, V]{}
	for _, v := range vs {
		k := key(v)
		t[k] = append(t[k], v)
	}
	return t
}

//cell

func main() {
	run := Distances{Name: "run"}
	run.Add(1200, 850.5).Add(2000)
	lo, hi := run.Range()
	fmt.Println(run.Name, run.Points, "range", lo, hi, "total", Sum(run.Points...))
	fmt.Printf("%T %T\n", run, lo)

	w := Series[Grams]{Name: "flour"}
	w.Add(250, 500, 125)
	wl, wh := w.Range()
	fmt.Println(w.Name, wl, wh, Sum(w.Points...), Mean(w.Points))

	temps := []Celsius{21.5, 19, 23.25}
	fmt.Printf("%.2f %v\n", Mean(temps), Scale(temps, 2))
	doubled := Scale(run.Points, 2)
	fmt.Printf("%v %T\n", doubled, doubled)

	// inference: the type argument from the function value's type
	kg := Convert(w.Points, func(g Grams) float64 { return float64(g) / 1000 })
	fmt.Println(kg)
	f := Convert(temps, func(c Celsius) float32 { return float32(c)*9/5 + 32 })
	fmt.Println(f)

	// explicit instantiation, and a zero value by type argument
	var z Meters = Zero[Meters]()
	fmt.Println(z, Zero[string]() == "", Zero[*int]() == nil, Sum[int]())
	sumInts := Sum[int]
	fmt.Println(sumInts(1, 2, 3))

	// generic aliases behave like the types they stand for
	colors := SetOf("red", "green", "red", "blue")
	var plain map[string]struct{} = colors
	fmt.Println(len(plain), Keys(colors))
	nums := SetOf(3, 1, 3)
	fmt.Println(Keys(nums))
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	byFirst := Group(words, func(s string) byte { return s[0] })
	for _, k := range slices.Sorted(func(yield func(byte) bool) {
		for k := range byFirst {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("%c=%v ", k, byFirst[k])
	}
	fmt.Println()
	byLen := Group(words, func(s string) int { return len(s) })
	var t map[int][]string = byLen
	fmt.Println(len(t), t[6], t[7])

	// min and max with mixed constant and typed arguments
	var g Grams = 300
	fmt.Println(min(g, 200, 1000), max(Meters(1.5), 2), min(Celsius(-4), 0))
}
