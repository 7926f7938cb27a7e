//go:build ignore

// An inventory with generic helpers: Set[T] (a map type with Add, Has,
// Union, Intersect and a sorted Slice), Pair[K,V] from a generic
// Entries function over a map, Filter/Map/Reduce used on stock items,
// restocking orders built from a closure over a threshold, and
// categories compared with set operations.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

//cell

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Slice() []T {
	out := make([]T, 0, len(s))
	for x := range s {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		out.Add(x)
	}
	for x := range o {
		out.Add(x)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if o.Has(x) {
			out.Add(x)
		}
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
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

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

//cell

type Item struct {
	SKU  string
	Name string
	Qty  int
	Cost float64
	Tags Set[string]
}

var stock = []Item{
	{"P-100", "pencil", 120, 0.25, SetOf("office", "school")},
	{"N-210", "notebook", 8, 2.10, SetOf("school", "paper")},
	{"S-300", "stapler", 3, 7.95, SetOf("office")},
	{"E-410", "eraser", 45, 0.40, SetOf("school")},
	{"R-500", "ream", 2, 5.50, SetOf("office", "paper")},
}

//cell

func lowStock(threshold int) func(Item) bool {
	return func(it Item) bool { return it.Qty < threshold }
}

func main() {
	low := Filter(stock, lowStock(10))
	fmt.Println(Map(low, func(it Item) string { return it.SKU }))
	value := Reduce(stock, 0.0, func(acc float64, it Item) float64 { return acc + float64(it.Qty)*it.Cost })
	fmt.Printf("stock value %.2f\n", value)

	orders := map[string]int{}
	for _, it := range low {
		orders[it.SKU] = 25 - it.Qty
	}
	fmt.Println(Entries(orders))
	for _, p := range Entries(orders) {
		fmt.Printf("%-6s %3d\n", p.Key, p.Val)
	}

	byTag := map[string]Set[string]{}
	for _, it := range stock {
		for _, t := range it.Tags.Slice() {
			if byTag[t] == nil {
				byTag[t] = Set[string]{}
			}
			byTag[t].Add(it.Name)
		}
	}
	for _, e := range Entries(byTag) {
		fmt.Println(e.Key, e.Val.Slice())
	}
	both := byTag["office"].Intersect(byTag["paper"])
	either := byTag["school"].Union(byTag["paper"])
	fmt.Println(both.Slice(), either.Slice(), either.Has("stapler"))
	names := Map(stock, func(it Item) string { return strings.ToUpper(it.Name[:1]) + it.Name[1:] })
	fmt.Println(strings.Join(names, ", "))
	counts := Reduce(stock, map[int]int{}, func(m map[int]int, it Item) map[int]int { m[len(it.Tags)]++; return m })
	fmt.Println(Entries(counts))
}
