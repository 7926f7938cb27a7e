//go:build ignore

// Range-over-func iterators: iter.Seq and iter.Seq2 adapters (Map,
// Filter, Take, Zip with iter.Pull), slices.Values/All/Backward,
// maps.Keys sorted, slices.Collect and slices.Chunk, strings.SplitSeq,
// FieldsSeq and Lines, and an early break through nested adapters.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

//cell

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

//cell

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.walk(yield)
	}
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

//cell

func main() {
	squares := Map(Count(1), func(n int) int { return n * n })
	odd := Filter(squares, func(n int) bool { return n%2 == 1 })
	fmt.Println(slices.Collect(Take(odd, 6)))

	words := []string{"alpha", "beta", "gamma", "delta"}
	for i, w := range slices.All(words) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	for i, w := range slices.Backward(words) {
		fmt.Print(i, "=", strings.ToUpper(w[:1]), " ")
	}
	fmt.Println()
	lens := Map(slices.Values(words), func(s string) int { return len(s) })
	fmt.Println(slices.Collect(lens), slices.Sorted(slices.Values(words)))

	for a, b := range Zip(slices.Values(words), Count(100)) {
		fmt.Printf("%s->%d ", a, b)
	}
	fmt.Println()
	for i, v := range Enumerate(Take(Count(7), 3)) {
		fmt.Print("[", i, " ", v, "]")
	}
	fmt.Println()

	ages := map[string]int{"bob": 31, "ann": 27, "cid": 45, "dee": 19}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys)
	total := 0
	for v := range maps.Values(ages) {
		total += v
	}
	fmt.Println("total age", total)
	inverted := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range ages {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inverted[45], len(inverted))

	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  go   is\tfun \n") {
		fmt.Print("<", f, ">")
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()

	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	fmt.Println(slices.Collect(root.All()))
	for v := range root.All() {
		if v > 40 {
			fmt.Println("first over 40:", v)
			break
		}
	}
	next, stop := iter.Pull(root.All())
	a, _ := next()
	b, _ := next()
	stop()
	c, ok := next()
	fmt.Println(a, b, c, ok)

	pairs := func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i*i) {
				return
			}
		}
	}
	n2, stop2 := iter.Pull2(pairs)
	defer stop2()
	for {
		k, v, ok := n2()
		if !ok {
			break
		}
		if v > 4 {
			fmt.Println("stop at", k)
			break
		}
		fmt.Println(k, v)
	}
outer:
	for x := range Count(1) {
		for y := range Count(x) {
			if x*y > 12 {
				continue outer
			}
			if x+y > 7 {
				fmt.Println("break at", x, y)
				break outer
			}
		}
	}
}
