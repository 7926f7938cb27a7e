//go:build ignore

// Range over function types: push iterators as iter.Seq and iter.Seq2
// values, a generator that cleans up when the loop breaks (the yield
// result is honored), composition of iterators, and iter.Pull to walk two
// sequences in lock step.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(from, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := from; ; n += step {
			if !yield(n) {
				return
			}
		}
	}
}

func Lines(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, l := range strings.Split(text, "\n") {
			if !yield(i+1, l) {
				return
			}
		}
	}
}

var log []string

func Tracked(name string, xs []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		log = append(log, name+" open")
		defer func() { log = append(log, name+" closed") }()
		for _, x := range xs {
			if !yield(x) {
				log = append(log, name+" stopped early")
				return
			}
		}
	}
}

//cell

func TakeWhile[T any](seq iter.Seq[T], ok func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if !ok(v) || !yield(v) {
				return
			}
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

type Grid struct {
	w, h  int
	cells []byte
}

func (g *Grid) Cells() iter.Seq2[[2]int, byte] {
	return func(yield func([2]int, byte) bool) {
		for y := range g.h {
			for x := range g.w {
				if !yield([2]int{x, y}, g.cells[y*g.w+x]) {
					return
				}
			}
		}
	}
}

//cell

func main() {
	for n := range Count(3, 4) {
		if n > 20 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(TakeWhile(Count(1, 1), func(n int) bool { return n*n < 30 })))

	for i, l := range Lines("alpha\n\nbeta\ngamma") {
		if l == "" {
			continue
		}
		fmt.Printf("%d:%s ", i, l)
	}
	fmt.Println()

	for w := range Tracked("fruits", []string{"apple", "plum", "quince"}) {
		if w == "plum" {
			break
		}
	}
	for range Tracked("empty", nil) {
	}
	fmt.Println(strings.Join(log, "; "))

	for a, b := range Zip(Count(10, 10), slices.Values([]string{"x", "y", "z"})) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()

	next, stop := iter.Pull(Count(100, -7))
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)

	g := &Grid{w: 3, h: 2, cells: []byte("ab#de#")}
	var walls [][2]int
	for pos, c := range g.Cells() {
		if c == '#' {
			walls = append(walls, pos)
		}
	}
	fmt.Println(walls)

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 5})))
	total := 0
outer:
	for _, k := range keys {
		for n := range Count(1, 1) {
			if n > m[k] {
				continue outer
			}
			if k == "c" && n == 2 {
				break outer
			}
			total += n
		}
	}
	fmt.Println("total", total)
	for i, s := range slices.Backward([]string{"one", "two", "three"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
}
