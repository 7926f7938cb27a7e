//go:build ignore

// Generic fan-out/fan-in: ParallelMap over a worker pool keeping input
// order, a Seq view of a channel consumed by range-over-func, and a
// generic Batch stage whose slices of cell structs cross a channel.
package main

import (
	"fmt"
	"iter"
	"strings"
	"sync"
)

//cell

type indexed[T any] struct {
	i int
	v T
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	in := make(chan indexed[T])
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for it := range in {
				out[it.i] = f(it.v)
			}
		})
	}
	for i, x := range xs {
		in <- indexed[T]{i, x}
	}
	close(in)
	wg.Wait()
	return out
}

func Seq[T any](ch <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func Batch[T any](in <-chan T, size int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var cur []T
		for v := range in {
			cur = append(cur, v)
			if len(cur) == size {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

func Emit[T any](xs ...T) <-chan T {
	ch := make(chan T, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	return ch
}

//cell

type Order struct {
	ID    string
	Items []string
	Total float64
}

type Summary struct {
	ID    string
	Count int
	Label string
}

func (o Order) Summarize() Summary {
	return Summary{o.ID, len(o.Items), strings.ToUpper(strings.Join(o.Items, "+"))}
}

func (s Summary) String() string { return fmt.Sprintf("%s[%d:%s]", s.ID, s.Count, s.Label) }

//cell

func main() {
	orders := []Order{
		{"o1", []string{"tea"}, 3},
		{"o2", []string{"cake", "tea"}, 7.5},
		{"o3", nil, 0},
		{"o4", []string{"jam", "bread", "tea"}, 9.25},
		{"o5", []string{"milk"}, 1.2},
	}
	sums := ParallelMap(orders, 3, Order.Summarize)
	fmt.Println(sums)
	lens := ParallelMap(sums, 2, func(s Summary) int { return len(s.String()) })
	fmt.Println(lens)

	for b := range Seq(Batch(Emit(orders...), 2)) {
		total := 0.0
		ids := make([]string, len(b))
		for i, o := range b {
			total += o.Total
			ids[i] = o.ID
		}
		fmt.Printf("%v %.2f\n", ids, total)
	}
	n := 0
	for s := range Seq(Emit(sums...)) {
		if s.Count == 0 {
			break
		}
		n++
	}
	fmt.Println("before empty:", n)
	words := ParallelMap(strings.Fields("fan out and fan in"), 4, strings.ToUpper)
	fmt.Println(strings.Join(words, " "), len(ParallelMap([]int{}, 2, func(int) bool { return true })))
}
