//go:build ignore

// Lazy log processing with generic iterator adapters: Map, Filter, Take,
// Enumerate and Window over iter.Seq and iter.Seq2, a generic Tree whose
// methods return iterators (pre-order and by level), iter.Pull to merge
// two sorted sequences, and early termination seen by the producers.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

func FromSlice[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			if i++; i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Window[T any](seq iter.Seq[T], size int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var buf []T
		for v := range seq {
			buf = append(buf, v)
			if len(buf) > size {
				buf = buf[1:]
			}
			if len(buf) == size && !yield(slices.Clone(buf)) {
				return
			}
		}
	}
}

// Merge yields two ascending sequences as one ascending sequence.
func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		va, okA := na()
		vb, okB := nb()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nb()
			}
		}
	}
}

//cell

// Tree is a generic tree with children in order.
type Tree[T any] struct {
	Val  T
	Kids []*Tree[T]
}

func (t *Tree[T]) Add(vs ...T) *Tree[T] {
	for _, v := range vs {
		t.Kids = append(t.Kids, &Tree[T]{Val: v})
	}
	return t
}

// PreOrder yields each value with its depth.
func (t *Tree[T]) PreOrder() iter.Seq2[int, T] {
	var visit func(*Tree[T], int, func(int, T) bool) bool
	visit = func(n *Tree[T], d int, yield func(int, T) bool) bool {
		if !yield(d, n.Val) {
			return false
		}
		for _, k := range n.Kids {
			if !visit(k, d+1, yield) {
				return false
			}
		}
		return true
	}
	return func(yield func(int, T) bool) { visit(t, 0, yield) }
}

// Levels yields the tree one level at a time.
func (t *Tree[T]) Levels() iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		level := []*Tree[T]{t}
		for len(level) > 0 {
			var vals []T
			var next []*Tree[T]
			for _, n := range level {
				vals = append(vals, n.Val)
				next = append(next, n.Kids...)
			}
			if !yield(vals) {
				return
			}
			level = next
		}
	}
}

// Entry is a parsed log line.
type Entry struct {
	Level string
	Ms    int
	Msg   string
}

func parseEntry(s string) Entry {
	f := strings.SplitN(s, " ", 3)
	var ms int
	fmt.Sscan(f[1], &ms)
	return Entry{f[0], ms, f[2]}
}

//cell

var logLines = []string{
	"INFO 12 started",
	"WARN 340 slow disk",
	"INFO 8 request ok",
	"ERROR 1200 timeout talking to db",
	"INFO 15 request ok",
	"ERROR 900 retry failed",
	"WARN 410 slow disk",
}

//cell

func main() {
	entries := Map(FromSlice(logLines), parseEntry)
	slow := Filter(entries, func(e Entry) bool { return e.Ms > 300 })
	for i, e := range Enumerate(Take(slow, 3)) {
		fmt.Printf("%d %+v\n", i, e)
	}
	msgs := slices.Collect(Map(Filter(entries, func(e Entry) bool { return e.Level == "ERROR" }), func(e Entry) string { return strings.ToUpper(e.Msg) }))
	fmt.Println(msgs)

	for w := range Window(Map(entries, func(e Entry) int { return e.Ms }), 3) {
		fmt.Print(slices.Max(w), " ")
	}
	fmt.Println()

	pulled := 0
	counted := func(xs []int) iter.Seq[int] {
		return func(yield func(int) bool) {
			for _, x := range xs {
				pulled++
				if !yield(x) {
					return
				}
			}
		}
	}
	fmt.Println(slices.Collect(Merge(counted([]int{1, 4, 9}), counted([]int{2, 3, 10, 11}))), pulled)
	pulled = 0
	fmt.Println(slices.Collect(Take(Merge(counted([]int{1, 4, 9}), counted([]int{2, 3, 10, 11})), 3)), pulled)
	fmt.Println(slices.Collect(Merge(FromSlice([]string{"ant", "eel"}), FromSlice([]string{"bee"}))))

	root := &Tree[string]{Val: "/"}
	root.Add("etc", "home")
	root.Kids[0].Add("hosts", "passwd")
	root.Kids[1].Add("ana").Kids[0].Add("notes.txt")
	for d, name := range root.PreOrder() {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), name)
	}
	for lv := range root.Levels() {
		fmt.Println(lv)
	}
	nums := &Tree[int]{Val: 1}
	nums.Add(2, 3).Kids[1].Add(4)
	for d, v := range nums.PreOrder() {
		if v == 3 {
			break
		}
		fmt.Print(d, ":", v, " ")
	}
	fmt.Println(slices.Collect(Take(nums.Levels(), 2)))
	fmt.Printf("%T\n", Take(nums.Levels(), 1))
}
