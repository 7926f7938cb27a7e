//go:build ignore

// Generic pipeline stages (Gen, Map, Filter, Merge) wired with method
// values and cell struct types; output is collected and sorted by index.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//cell

type Item[T any] struct {
	Idx int
	Val T
}

func Gen[T any](xs ...T) <-chan Item[T] {
	out := make(chan Item[T])
	go func() {
		defer close(out)
		for i, x := range xs {
			out <- Item[T]{i, x}
		}
	}()
	return out
}

func Map[T, U any](in <-chan Item[T], f func(T) U) <-chan Item[U] {
	out := make(chan Item[U])
	go func() {
		defer close(out)
		for it := range in {
			out <- Item[U]{it.Idx, f(it.Val)}
		}
	}()
	return out
}

func Filter[T any](in <-chan Item[T], keep func(T) bool) <-chan Item[T] {
	out := make(chan Item[T])
	go func() {
		defer close(out)
		for it := range in {
			if keep(it.Val) {
				out <- it
			}
		}
	}()
	return out
}

func Merge[T any](ins ...<-chan Item[T]) <-chan Item[T] {
	out := make(chan Item[T])
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range in {
				out <- it
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](in <-chan Item[T]) []Item[T] {
	var all []Item[T]
	for it := range in {
		all = append(all, it)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Idx < all[j].Idx })
	return all
}

//cell

type Word struct {
	Text  string
	Count int
}

func (w Word) Upper() Word    { return Word{strings.ToUpper(w.Text), w.Count} }
func (w Word) String() string { return fmt.Sprintf("%s×%d", w.Text, w.Count) }

type Scorer struct{ Bonus int }

func (s *Scorer) Score(w Word) int { return len(w.Text)*w.Count + s.Bonus }

//cell

func main() {
	words := []Word{{"go", 3}, {"chan", 1}, {"select", 2}, {"mutex", 4}, {"wg", 5}}
	up := Map(Gen(words...), Word.Upper)
	long := Filter(up, func(w Word) bool { return len(w.Text) > 2 })
	for _, it := range Collect(long) {
		fmt.Println(it.Idx, it.Val)
	}

	sc := &Scorer{Bonus: 10}
	a := Map(Gen(words[:2]...), sc.Score)
	b := Map(Gen(words[2:]...), sc.Score)
	merged := Collect(Merge(a, b))
	sort.SliceStable(merged, func(i, j int) bool {
		if merged[i].Idx != merged[j].Idx {
			return merged[i].Idx < merged[j].Idx
		}
		return merged[i].Val < merged[j].Val
	})
	total := 0
	for _, it := range merged {
		total += it.Val
	}
	fmt.Println(len(merged), total)
	fmt.Printf("%v\n", merged)

	strs := Collect(Map(Gen(words...), Word.String))
	parts := make([]string, len(strs))
	for i, s := range strs {
		parts[i] = s.Val
	}
	fmt.Println(strings.Join(parts, ", "))
}
