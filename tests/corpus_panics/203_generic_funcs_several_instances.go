//go:build ignore

// Generic functions instantiated with several types and calling each
// other; the int instance divides by the length of an empty slice.
package main

import "fmt"

//cell

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) T {
	return Sum(xs) / T(len(xs))
}

//cell

type Cents int64

func Means[K comparable, T Number](groups map[K][]T, keys []K) []T {
	out := make([]T, 0, len(keys))
	for _, k := range keys {
		out = append(out, Mean(groups[k]))
	}
	return out
}

//cell

func main() {
	fmt.Println(Mean([]float64{1, 2}), Mean([]float64{}))
	fmt.Println(Mean([]Cents{150, 250}))
	scores := map[string][]int{"a": {90, 70}, "b": {60}}
	fmt.Println(Means(scores, []string{"a", "b"}))
	fmt.Println(Means(scores, []string{"b", "c"}))
}
