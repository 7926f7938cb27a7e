// Package gen has generic functions and types, for mono's tests of
// third-party generics.
package gen

import (
	"cmp"
	"fmt"
	"strconv"

	"example.com/modgen/internal/num"
)

// Filter keeps the elements of xs for which keep is true.
func Filter[T any, S ~[]T](xs S, keep func(T, int) bool) S {
	out := make(S, 0, len(xs))
	for i, x := range xs {
		if keep(x, i) {
			out = append(out, x)
		}
	}
	return out
}

// Map returns f of each element of xs and its index.
func Map[T, R any](xs []T, f func(T, int) R) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x, i)
	}
	return out
}

// GroupBy groups xs by key, each group in the order of xs.
func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

// SumBy adds up f of each element: through Map and an unexported helper.
func SumBy[T any, N num.Number](xs []T, f func(T) N) N {
	return sum(Map(xs, func(x T, _ int) N { return f(x) }))
}

func sum[N num.Number](ns []N) (s N) {
	for _, n := range ns {
		s += n
	}
	calls++
	return s
}

// calls counts the sums made.
var calls int

// Calls is how many sums were made (by copies or not, each their own).
func Calls() int { return calls }

// MaxBy returns the element whose key is largest, the first of equals.
func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || cmp.Compare(key(x), key(best)) > 0 {
			best = x
		}
	}
	return best
}

const mark = "#"

// Label is exported and not generic: a copy calls the compiled one.
func Label(n int) string { return mark + strconv.Itoa(n) }

// Labels labels each element with its index.
func Labels[T any](xs []T) []string {
	return Map(xs, func(_ T, i int) string { return Label(i) })
}

// Pair is a key and its value.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// MakePair makes a Pair.
func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

// String writes the pair as key=value.
func (p Pair[K, V]) String() string { return show(p.Key) + "=" + show(p.Val) }

func show[V any](v V) string { return fmt.Sprint(v) }

// Set is a set that keeps the order of its elements.
type Set[T comparable] struct {
	seen  map[T]bool
	order []T
}

// NewSet makes a set of xs.
func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{seen: map[T]bool{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

// Add adds x and reports whether it was new.
func (s *Set[T]) Add(x T) bool {
	if s.seen[x] {
		return false
	}
	s.seen[x] = true
	s.order = append(s.order, x)
	return true
}

// Items are the elements in the order they were added.
func (s *Set[T]) Items() []T { return s.order }

// Pairs pairs each element of the set with its position.
func (s *Set[T]) Pairs() []Pair[T, int] {
	return Map(s.order, func(x T, i int) Pair[T, int] { return MakePair(x, i) })
}
