//go:build ignore

// Generic Sum over a Number constraint (with a defined float type) and
// generic Apply, called from goroutines through a generic Parallel and
// from goroutines sending on a channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

//cell

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Apply[T, R any](xs []T, f func(T) R) []R {
	out := make([]R, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

//cell

func step1() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
}

//cell

func step2() {
	fmt.Println(Sum([]int{4, 5}), Sum([]float64{0.25}))
	fmt.Printf("%v %T\n", Sum([]Meters{1, 2}), Sum([]Meters{}))
}

//cell

func Parallel[T any, R Number](parts [][]T, f func([]T) R) R {
	res := make([]R, len(parts))
	var wg sync.WaitGroup
	for i, p := range parts {
		wg.Add(1)
		go func(i int, p []T) {
			defer wg.Done()
			res[i] = f(p)
		}(i, p)
	}
	wg.Wait()
	return Sum(res)
}

type Sale struct {
	Item  string
	Price float64
}

//cell

func step3() {
	parts := [][]Sale{{{"a", 1}, {"b", 2}}, {{"c", 3}}, {}}
	fmt.Println(Parallel(parts, func(ss []Sale) float64 {
		return Sum(Apply(ss, func(s Sale) float64 { return s.Price }))
	}))
	results := make(chan []string, 3)
	for _, p := range parts {
		go func() { results <- Apply(p, func(s Sale) string { return s.Item }) }()
	}
	var all []string
	for range parts {
		all = append(all, <-results...)
	}
	sort.Strings(all)
	fmt.Println(all)
}

//cell

func main() {
	step1()
	step2()
	step3()
}
