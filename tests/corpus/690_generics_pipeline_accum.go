//go:build ignore

// Generic Map/Filter/Reduce and a GroupBy over cell structs, a generic
// ordered set with methods, cmp.Ordered Max, closures as accumulators,
// method values and method expressions passed to the generic helpers.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
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
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

//cell

type Set[T cmp.Ordered] struct{ items []T }

func (s *Set[T]) Add(vs ...T) {
	for _, v := range vs {
		i, found := slices.BinarySearch(s.items, v)
		if !found {
			s.items = slices.Insert(s.items, i, v)
		}
	}
}

func (s *Set[T]) Has(v T) bool  { _, ok := slices.BinarySearch(s.items, v); return ok }
func (s Set[T]) String() string { return fmt.Sprint(s.items) }
func (s *Set[T]) Len() int      { return len(s.items) }

type Product struct {
	Name  string
	Cat   string
	Price float64
	Qty   int
}

func (p Product) Value() float64 { return p.Price * float64(p.Qty) }
func (p Product) Upper() string  { return strings.ToUpper(p.Name) }

//cell

func counter() func(string) int {
	seen := map[string]int{}
	return func(s string) int {
		seen[s]++
		return seen[s]
	}
}

func running() (add func(float64), total func() float64) {
	var sum float64
	add = func(v float64) { sum += v }
	total = func() float64 { return sum }
	return
}

//cell

func main() {
	ps := []Product{
		{"apple", "fruit", 0.5, 40},
		{"pear", "fruit", 0.75, 10},
		{"hammer", "tools", 12.5, 3},
		{"nails", "tools", 0.02, 500},
		{"milk", "dairy", 1.1, 12},
	}
	names := Map(ps, Product.Upper)
	fmt.Println(names)
	vals := Map(ps, func(p Product) float64 { return p.Value() })
	fmt.Printf("%.2f\n", vals)
	cheap := Filter(ps, func(p Product) bool { return p.Price < 1 })
	fmt.Printf("%v\n", cheap)
	total := Reduce(ps, 0.0, func(a float64, p Product) float64 { return a + p.Value() })
	fmt.Printf("%8.3f\n", total)
	longest := Reduce(ps, "", func(a string, p Product) string {
		if len(p.Name) > len(a) {
			return p.Name
		}
		return a
	})
	fmt.Println(longest)
	g := GroupBy(ps, func(p Product) string { return p.Cat })
	cats := make([]string, 0, len(g))
	for k := range g {
		cats = append(cats, k)
	}
	slices.Sort(cats)
	for _, c := range cats {
		fmt.Printf("%-6s %d %v\n", c, len(g[c]), Map(g[c], func(p Product) string { return p.Name }))
	}
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "abc"), MaxOf(1.5, -2.0))
	var s Set[string]
	s.Add("pear", "apple", "pear", "fig")
	add := s.Add
	add("kiwi", "apple")
	fmt.Println(s, s.Len(), s.Has("fig"), s.Has("plum"))
	var is Set[int]
	is.Add(5, 1, 5, 3)
	fmt.Printf("%v %+v %d\n", is, is, is.Len())
	c := counter()
	for _, w := range strings.Fields("a b a c a b") {
		fmt.Print(c(w), " ")
	}
	fmt.Println()
	addf, tot := running()
	for _, v := range vals {
		addf(v)
	}
	fmt.Printf("%.2f\n", tot())
	value := Product.Value
	fmt.Println(value(ps[2]), Map(ps[:2], Product.Value))
	byName := ps[0].Upper
	ps[0].Name = "changed"
	fmt.Println(byName())
}
