//go:build ignore

// Everyday data wrangling: generics with constraints, iterators over
// maps and slices, struct embedding with Stringers, sorting with
// cmp and slices, and errors joined from several goroutines.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

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

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

type Money float64

func (m Money) String() string { return fmt.Sprintf("$%.2f", float64(m)) }

type Named struct{ Name string }

func (n Named) String() string { return "<" + n.Name + ">" }

type Product struct {
	Named
	Price Money
	Tags  []string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

//cell

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]Money{1.5, 2.25}))
	ps := []Product{
		{Named{"pen"}, 1.5, []string{"office"}},
		{Named{"desk"}, 120, []string{"office", "big"}},
		{Named{"cup"}, 4, nil},
	}
	slices.SortFunc(ps, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	for _, p := range ps {
		fmt.Println(p.Name, p.Price, p.Named, len(p.Tags))
	}
	fmt.Println(ps[0])
	cheap := slices.Collect(Filter(slices.Values(ps), func(p Product) bool { return p.Price < 10 }))
	fmt.Println(len(cheap), cheap[1].Name)
	stock := map[string]int{"pen": 3, "cup": 0, "desk": 1}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Print(k, "=", stock[k], " ")
	}
	fmt.Println()
	var st Stack[string]
	for _, w := range strings.Fields("a b c") {
		st.Push(w)
	}
	for v, ok := st.Pop(); ok; v, ok = st.Pop() {
		fmt.Print(v)
	}
	fmt.Println()
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 1 {
				mu.Lock()
				errs = append(errs, fmt.Errorf("task %d failed", i))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	fmt.Println(errors.Join(errs...))
	fmt.Println(max(3, 7, 5), min(2.5, 1.0))
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 4)
	fmt.Println(idx, found)
}
