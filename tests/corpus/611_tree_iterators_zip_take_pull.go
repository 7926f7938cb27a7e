//go:build ignore

// Iterators over a generic binary tree (a recursive in-order walk with
// nested yields), an infinite sequence zipped through iter.Pull, Take,
// a sequence over a channel, early breaks, and iter.Pull stopped early.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) InOrder() iter.Seq[T] {
	return func(yield func(T) bool) {
		if t == nil {
			return
		}
		for v := range t.Left.InOrder() {
			if !yield(v) {
				return
			}
		}
		if !yield(t.Val) {
			return
		}
		for v := range t.Right.InOrder() {
			if !yield(v) {
				return
			}
		}
	}
}

func Insert[T any](t *Tree[T], v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = Insert(t.Left, v, less)
	} else {
		t.Right = Insert(t.Right, v, less)
	}
	return t
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func Take[T any](n int, s iter.Seq[T]) iter.Seq[T] {
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

func FromChan[T any](c <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range c {
			if !yield(v) {
				return
			}
		}
	}
}

var words = strings.Fields("kiwi apple mango fig banana cherry")

var root *Tree[string]

//cell

func build() {
	for _, w := range words {
		root = Insert(root, w, func(a, b string) bool { return a < b })
	}
}

func step1() {
	build()
	fmt.Println(slices.Collect(root.InOrder()))
	for w := range root.InOrder() {
		if w > "c" {
			break
		}
		fmt.Println("early", w)
	}
	for i, w := range Zip(Naturals(), root.InOrder()) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(4, Naturals())))
	c := make(chan string, 3)
	c <- "p"
	c <- "q"
	close(c)
	for i, s := range Zip(Naturals(), FromChan(c)) {
		fmt.Println(i, s)
	}
}

//cell

func step2() {
	next, stop := iter.Pull(Naturals())
	for range 3 {
		v, _ := next()
		fmt.Print(v, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	lens := map[int][]string{}
	for w := range root.InOrder() {
		lens[len(w)] = append(lens[len(w)], w)
	}
	fmt.Println(lens)
	nums := &Tree[float64]{Val: 1}
	for _, f := range []float64{0.5, 3, 2} {
		Insert(nums, f, func(a, b float64) bool { return a < b })
	}
	sum := 0.0
	for f := range nums.InOrder() {
		sum += f
	}
	fmt.Println(sum, slices.Collect(Take(2, nums.InOrder())))
}

//cell

func main() {
	step1()
	step2()
}
