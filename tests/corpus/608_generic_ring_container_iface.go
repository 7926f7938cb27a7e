//go:build ignore

// A generic ring buffer satisfying a generic interface (Container[T])
// instantiated in two cells, once with a type a later cell declares;
// generic stats with an iter.Seq2 of means; a type switch on
// Container[int] and Container[Reading] over values of both instances.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Container[T any] interface {
	Len() int
	All() iter.Seq[T]
}

type Ring[T any] struct {
	buf  []T
	head int
	n    int
}

func NewRing[T any](size int) *Ring[T] { return &Ring[T]{buf: make([]T, size)} }

func (r *Ring[T]) Put(v T) {
	r.buf[(r.head+r.n)%len(r.buf)] = v
	if r.n < len(r.buf) {
		r.n++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Len() int { return r.n }

func (r *Ring[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := range r.n {
			if !yield(r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func Describe[T any](c Container[T]) string {
	var parts []string
	for v := range c.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return fmt.Sprintf("%d:[%s]", c.Len(), strings.Join(parts, ","))
}

//cell

var r = NewRing[int](3)

func step1() {
	for i := range 5 {
		r.Put(i * i)
	}
	fmt.Println(Describe[int](r), slices.Collect(r.All()))
	var c Container[int] = r
	fmt.Println(c.Len())
}

//cell

type Reading struct {
	Sensor string
	Value  float64
}

func (r Reading) String() string { return fmt.Sprintf("%s=%.1f", r.Sensor, r.Value) }

type Stats[K cmp.Ordered] struct {
	sums   map[K]float64
	counts map[K]int
}

func (s *Stats[K]) Add(k K, v float64) {
	if s.sums == nil {
		s.sums, s.counts = map[K]float64{}, map[K]int{}
	}
	s.sums[k] += v
	s.counts[k]++
}

func (s *Stats[K]) Means() iter.Seq2[K, float64] {
	return func(yield func(K, float64) bool) {
		for _, k := range slices.Sorted(maps.Keys(s.sums)) {
			if !yield(k, s.sums[k]/float64(s.counts[k])) {
				return
			}
		}
	}
}

//cell

func step2() {
	rr := NewRing[Reading](4)
	for i, s := range []string{"a", "b", "a", "c", "b", "a"} {
		rr.Put(Reading{s, float64(i) * 1.5})
	}
	fmt.Println(Describe[Reading](rr))
	var st Stats[string]
	for v := range rr.All() {
		st.Add(v.Sensor, v.Value)
	}
	for k, m := range st.Means() {
		fmt.Printf("%s %.2f\n", k, m)
	}
	means := maps.Collect(st.Means())
	fmt.Println(means)
	put := rr.Put
	put(Reading{"z", 9})
	fmt.Println(slices.Collect(rr.All()))
	var containers []any = []any{r, rr}
	for _, x := range containers {
		switch c := x.(type) {
		case Container[int]:
			fmt.Println("ints", c.Len())
		case Container[Reading]:
			fmt.Println("readings", c.Len())
		}
	}
	fmt.Printf("%T %T\n", rr, st)
}

//cell

func main() {
	step1()
	step2()
}
