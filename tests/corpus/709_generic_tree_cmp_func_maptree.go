//go:build ignore

// A generic binary tree whose nodes carry a comparison function
// (cmp.Compare[int] as a value, a func over pointers to a cell struct);
// a later cell adds a generic MapTree and a Slice method.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//cell

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
	cmp         func(a, b T) int
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if t.cmp == nil {
		panic("no cmp")
	}
	if t.cmp(v, t.Val) < 0 {
		t.Left = t.Left.Insert(v)
		t.Left.cmp = t.cmp
	} else {
		t.Right = t.Right.Insert(v)
		t.Right.cmp = t.cmp
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func NewTree[T any](c func(a, b T) int, xs ...T) *Tree[T] {
	t := &Tree[T]{Val: xs[0], cmp: c}
	for _, x := range xs[1:] {
		t.Insert(x)
	}
	return t
}

type Book struct {
	Title string
	Year  int
}

//cell

var t *Tree[int]

var bt *Tree[*Book]

func step1() {
	t = NewTree(cmp.Compare[int], 5, 3, 8, 1, 4)
	t.Walk(func(x int) { fmt.Print(x, " ") })
	fmt.Println()
	bt = NewTree(func(a, b *Book) int { return cmp.Compare(a.Year, b.Year) },
		&Book{"Go", 2015}, &Book{"C", 1978}, &Book{"Rust", 2019})
	bt.Walk(func(b *Book) { fmt.Print(b.Title, " ") })
	fmt.Println()
	fmt.Printf("%T %T\n", t, bt.Left)
}

//cell

func MapTree[T, U any](t *Tree[T], f func(T) U, c func(a, b U) int) *Tree[U] {
	var out *Tree[U]
	t.Walk(func(x T) {
		if out == nil {
			out = &Tree[U]{Val: f(x), cmp: c}
		} else {
			out.Insert(f(x))
		}
	})
	return out
}

func (t *Tree[T]) Slice() []T {
	var out []T
	t.Walk(func(x T) { out = append(out, x) })
	return out
}

//cell

func step2() {
	st := MapTree(t, strconv.Itoa, strings.Compare)
	fmt.Println(st.Slice(), t.Slice())
	titles := MapTree(bt, func(b *Book) string { return strings.ToLower(b.Title) }, func(a, b string) int { return -strings.Compare(a, b) })
	fmt.Println(titles.Slice(), len(bt.Slice()))
	fmt.Println(slices.IsSortedFunc(bt.Slice(), func(a, b *Book) int { return a.Year - b.Year }))
}

//cell

func main() {
	step1()
	step2()
}
