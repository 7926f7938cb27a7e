//go:build ignore

// Generic helpers over named types with ~ constraints: sums and averages
// of Celsius and Meters slices, a Clamp that keeps the named type, a
// generic Max over ~string names, keyed grouping with a comparable key,
// and a Number constraint combining integer and float sets.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Meters int
type Label string

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (m Meters) String() string  { return fmt.Sprintf("%dm", int(m)) }

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

//cell

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

func Clamp[T Number](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func Longest[S ~string](xs ...S) S {
	var best S
	for _, x := range xs {
		if len(x) > len(best) {
			best = x
		}
	}
	return best
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, x := range s {
		out[i] = x * k
	}
	return out
}

//cell

type Readings []Celsius

func (r Readings) Max() Celsius {
	m := r[0]
	for _, x := range r[1:] {
		m = max(m, x)
	}
	return m
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

//cell

func main() {
	temps := Readings{21.5, 19, 23.25, 18.5}
	dists := []Meters{120, 80, 300}
	fmt.Println(Sum(temps), Sum(dists), Sum([]int{1, 2, 3}))
	fmt.Printf("%.3f %.3f\n", Mean(temps), Mean(dists))
	fmt.Println(Clamp(Celsius(40), 0, 35), Clamp(Meters(-5), 0, 100), Clamp(7, 1, 5))
	fmt.Println(Longest[Label]("a", "abc", "ab"), Longest("x", "yy"))
	scaled := Scale(temps, 2)
	fmt.Printf("%v %T %v\n", scaled, scaled, scaled.Max())
	fmt.Println(Scale(dists, 3))
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	groups := GroupBy(words, func(w string) Label { return Label(w[:1]) })
	for _, k := range SortedKeys(groups) {
		fmt.Printf("%s:%v ", k, groups[k])
	}
	fmt.Println()
	byLen := GroupBy(dists, func(m Meters) bool { return m >= 100 })
	fmt.Println(byLen[true], byLen[false])
	var total Celsius = Sum(temps) / Celsius(len(temps))
	fmt.Printf("%v %.2f %s\n", total, float64(total), Celsius(-3))
}
