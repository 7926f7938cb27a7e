//go:build ignore

// Generic statistics over cell numeric types (type Celsius float64,
// type Millis int) with a Number constraint, a constraint that needs a
// method (interface{ comparable; String() string }), a generic Series
// type whose methods return iterators, and Duration arithmetic.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"time"
)

//cell

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Millis int

func (m Millis) String() string { return time.Duration(m * Millis(time.Millisecond)).String() }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Stddev[T Number](xs []T) float64 {
	m := Mean(xs)
	var ss float64
	for _, x := range xs {
		d := float64(x) - m
		ss += d * d
	}
	return math.Sqrt(ss / float64(len(xs)))
}

//cell

type Series[T Number] struct {
	Name string
	vals []T
}

func (s *Series[T]) Push(v ...T) { s.vals = append(s.vals, v...) }

func (s *Series[T]) Windows(n int) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for i := 0; i+n <= len(s.vals); i++ {
			if !yield(i, s.vals[i:i+n]) {
				return
			}
		}
	}
}

func (s *Series[T]) Above(limit T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s.vals {
			if v > limit && !yield(v) {
				return
			}
		}
	}
}

func (s *Series[T]) Extremes() (lo, hi T) {
	return slices.Min(s.vals), slices.Max(s.vals)
}

//cell

type Key interface {
	comparable
	String() string
}

func Tally[K Key](keys []K) string {
	counts := map[K]int{}
	var order []K
	for _, k := range keys {
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	slices.SortFunc(order, func(a, b K) int {
		return cmp.Or(counts[b]-counts[a], strings.Compare(a.String(), b.String()))
	})
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%v×%d", k, counts[k]))
	}
	return strings.Join(parts, " ")
}

func main() {
	temps := &Series[Celsius]{Name: "lab"}
	temps.Push(19.5, 21, 22.5, 20, 25.5, 24, 18.5)
	lo, hi := temps.Extremes()
	fmt.Println(temps.Name, lo, hi, Sum(temps.vals), fmt.Sprintf("%.3f %.3f", Mean(temps.vals), Stddev(temps.vals)))
	for i, w := range temps.Windows(3) {
		fmt.Printf("w%d %.2f ", i, Mean(w))
	}
	fmt.Println()
	for t := range temps.Above(22) {
		fmt.Print(t, " ")
	}
	fmt.Println()

	lat := &Series[Millis]{Name: "latency"}
	lat.Push(120, 80, 450, 95, 1500, 60)
	total := Sum(lat.vals)
	fmt.Println(total, Millis(Mean(lat.vals)), lat.vals[4])
	budget := 2 * time.Second
	spent := time.Duration(total) * time.Millisecond
	fmt.Println("over budget by", spent-budget, (spent - budget).Round(time.Second), spent.Truncate(time.Second), budget/time.Duration(len(lat.vals)))
	for i, w := range lat.Windows(2) {
		if w[1] > 3*w[0] {
			fmt.Println("spike at", i+1, w[0], "->", w[1])
		}
	}
	fmt.Println(Tally([]Celsius{20, 21, 20, 19.5, 21, 20}))
	fmt.Println(Tally([]Millis{5, 5, 1000, 2}))
	fmt.Println(Tally([]time.Duration{time.Second, time.Minute, time.Second}))
	ints := []int{3, 1, 4, 1, 5}
	fmt.Println(Sum(ints), Mean(ints), Mean([]int{}) != Mean([]int{}))
}
