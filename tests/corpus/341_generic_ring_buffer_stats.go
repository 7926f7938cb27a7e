//go:build ignore

// A sensor dashboard over a fixed-size generic ring buffer: Ring[T] keeps
// the last N readings, and numeric helpers constrained by a ~int | ~float64
// type set compute moving statistics for cell types (Celsius with a String
// method, a Count over int).
package main

import (
	"fmt"
	"iter"
	"slices"
)

// Ring keeps the last len(buf) values pushed.
type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

// NewRing makes a ring that holds size values.
func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

// Push adds v, dropping the oldest value when full; it reports what fell out.
func (r *Ring[T]) Push(v T) (dropped T, full bool) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return dropped, false
	}
	dropped = r.buf[r.start]
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	return dropped, true
}

// All yields the values from oldest to newest with their age index.
func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.n {
			if !yield(i, r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, 0, r.n)
	for _, v := range r.All() {
		out = append(out, v)
	}
	return out
}

//cell

// Number is the type set the statistics work on.
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
	if len(xs) == 0 {
		return 0
	}
	return Sum(xs) / T(len(xs))
}

func Spread[T Number](xs []T) (lo, hi T) {
	return slices.Min(xs), slices.Max(xs)
}

//cell

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Count int

//cell

func main() {
	temps := NewRing[Celsius](4)
	for _, t := range []Celsius{20.5, 21, 22.25, 19.75, 23, 24.5} {
		if old, full := temps.Push(t); full {
			fmt.Println("dropped", old)
		}
		w := temps.Slice()
		lo, hi := Spread(w)
		fmt.Printf("%v mean %v range %v..%v\n", w, Mean(w), lo, hi)
	}

	hits := NewRing[Count](3)
	for i := range 5 {
		hits.Push(Count(i * i))
	}
	hs := hits.Slice()
	fmt.Println(hs, Sum(hs), Mean(hs))
	fmt.Printf("%T %T %v\n", hs, Mean(hs), Mean([]int{7, 8}))
	for age, h := range hits.All() {
		if age == 2 {
			break
		}
		fmt.Print(age, ":", h, " ")
	}
	fmt.Println()

	words := NewRing[string](2)
	_, full := words.Push("a")
	words.Push("b")
	dropped, full2 := words.Push("c")
	fmt.Printf("%v %v %q %v\n", full, full2, dropped, words.Slice())
	fmt.Printf("%+v\n", *words)
}
