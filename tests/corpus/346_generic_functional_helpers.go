//go:build ignore

// Sales analysis with generic functional helpers declared in the notebook:
// Map, Filter, Reduce, GroupBy, Partition, Zip, Chunk, Uniq and SortedBy,
// applied to slices of a cell struct, composed, and with method values
// and closures as arguments.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[S ~[]E, E any](xs S, keep func(E) bool) S {
	var out S
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

// Pair is a zipped pair.
type Pair[A, B any] struct {
	A A
	B B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Chunk[T any](xs []T, size int) [][]T {
	var out [][]T
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size:size])
	}
	return append(out, xs)
}

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	return Filter(xs, func(x T) bool {
		if seen[x] {
			return false
		}
		seen[x] = true
		return true
	})
}

func SortedBy[T any, K cmp.Ordered](xs []T, key func(T) K) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

//cell

// Sale is one line of a sales ledger.
type Sale struct {
	Region string
	Item   string
	Qty    int
	Price  float64
}

func (s Sale) Total() float64 { return float64(s.Qty) * s.Price }

type Sales []Sale

var ledger = Sales{
	{"north", "tea", 3, 4.5},
	{"south", "coffee", 10, 3.25},
	{"north", "coffee", 2, 3.25},
	{"east", "cocoa", 1, 6},
	{"south", "tea", 7, 4.5},
	{"east", "tea", 4, 4.5},
	{"north", "cocoa", 5, 6},
}

//cell

func main() {
	totals := Map(ledger, Sale.Total)
	fmt.Println(totals)
	sum := Reduce(totals, 0.0, func(a, b float64) float64 { return a + b })
	fmt.Printf("%.2f\n", sum)

	big := Filter(ledger, func(s Sale) bool { return s.Total() >= 20 })
	fmt.Printf("%T %d\n", big, len(big))

	byRegion := GroupBy(ledger, func(s Sale) string { return s.Region })
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		qty := Reduce(byRegion[r], 0, func(n int, s Sale) int { return n + s.Qty })
		items := Map(byRegion[r], func(s Sale) string { return s.Item })
		fmt.Printf("%-5s qty=%2d items=%s\n", r, qty, strings.Join(items, ","))
	}

	tea, other := Partition(ledger, func(s Sale) bool { return s.Item == "tea" })
	fmt.Println(len(tea), len(other), tea[0])

	items := Uniq(Map(ledger, func(s Sale) string { return s.Item }))
	fmt.Println(items)
	for _, p := range Zip(items, []int{1, 2}) {
		fmt.Printf("%+v ", p)
	}
	fmt.Println()

	for i, c := range Chunk(SortedBy(ledger, Sale.Total), 3) {
		fmt.Println(i, Map(c, func(s Sale) string { return fmt.Sprintf("%s/%s=%.2f", s.Region, s.Item, s.Total()) }))
	}
	fmt.Println(Chunk([]int{1, 2, 3, 4}, 2), Chunk([]string{}, 3), len(Chunk([]int(nil), 1)))

	best := Reduce(ledger[1:], ledger[0], func(b, s Sale) Sale {
		if s.Total() > b.Total() {
			return s
		}
		return b
	})
	fmt.Printf("%+v\n", best)
	fmt.Printf("%v\n", Zip(Map(byRegion["east"], Sale.Total), byRegion["east"]))
}
