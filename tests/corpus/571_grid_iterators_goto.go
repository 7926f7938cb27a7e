//go:build ignore

// A generic grid with iterators over its cells and rows (Go 1.23's range
// over functions): a search that returns from inside the loop through a
// deferred wrapper of its error, a switch whose break leaves only the
// switch, closures keeping each iteration's position, labeled continue
// and break through select, a loop body inside a goroutine, an iterator
// that swallows the body's panic (Go's runtime error), a yield kept and
// called after the loop, and goto out of a loop over an iterator (a
// retry, and a jump past the rest of the scan).
package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int, fill func(x, y int) T) *Grid[T] {
	g := &Grid[T]{w: w, h: h}
	for y := range h {
		for x := range w {
			g.cells = append(g.cells, fill(x, y))
		}
	}
	return g
}

type Pos struct{ X, Y int }

func (g *Grid[T]) Cells() iter.Seq2[Pos, T] {
	return func(yield func(Pos, T) bool) {
		for i, c := range g.cells {
			if !yield(Pos{i % g.w, i / g.w}, c) {
				return
			}
		}
	}
}

func (g *Grid[T]) Rows() iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for r := range slices.Chunk(g.cells, g.w) {
			if !yield(r) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

//cell

func find[T comparable](g *Grid[T], want T) (p Pos, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("find %v: %w", want, err)
		}
	}()
	for pos, v := range g.Cells() {
		switch {
		case v == want:
			return pos, nil
		case pos.X == 0:
			break
		}
	}
	return Pos{-1, -1}, errors.New("missing")
}

func step1() {
	g := NewGrid(4, 3, func(x, y int) rune { return rune('a' + y*4 + x) })
	fmt.Println(find(g, 'g'))
	fmt.Println(find(g, 'z'))
	for row := range g.Rows() {
		fmt.Println(string(row))
	}
	var fs []func() string
	for pos, v := range g.Cells() {
		if pos.X == pos.Y {
			fs = append(fs, func() string { return fmt.Sprint(pos, string(v)) })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	k := 0
	for range times(3) {
		k++
	}
	fmt.Println("k", k)
}

//cell

func step2() {
	g := NewGrid(3, 3, func(x, y int) int { return x * y })
	total := 0
rows:
	for row := range g.Rows() {
		for _, v := range row {
			select {
			default:
				if v == 2 {
					continue rows
				}
				if v == 4 {
					break rows
				}
			}
			total += v
		}
	}
	fmt.Println("total", total)
	done := make(chan string)
	go func() {
		var sb strings.Builder
		for p, v := range g.Cells() {
			if v > 1 {
				done <- sb.String()
				return
			}
			fmt.Fprint(&sb, p.X, p.Y, ";")
		}
		done <- "all"
	}()
	fmt.Println(<-done)
	get := func() int {
		for _, v := range g.Cells() {
			if v == 4 {
				return v * 10
			}
		}
		return -1
	}
	fmt.Println(get())
}

//cell

func greedy(yield func(int) bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("iterator swallowed:", r)
		}
	}()
	yield(1)
	yield(2)
}

func step3() {
	defer func() {
		fmt.Println("step3 recovered:", recover())
	}()
	for v := range greedy {
		if v == 1 {
			panic("body panic")
		}
	}
}

//cell

// scan walks g until it sees a 5, restarting once when it first meets a
// 2, and jumps past the summary when it finds the 5.
func scan(g *Grid[int]) string {
	var log []string
	retried := false
again:
	for p, v := range g.Cells() {
		switch {
		case v == 2 && !retried:
			retried = true
			log = append(log, "retry")
			goto again
		case v == 5:
			log = append(log, fmt.Sprint("five at ", p))
			goto done
		}
		log = append(log, fmt.Sprint(v))
	}
	log = append(log, "no five")
done:
	return strings.Join(log, " ")
}

func step4() {
	var keep func(int) bool
	func() {
		defer func() { fmt.Println("r:", recover() != nil) }()
		for v := range func(yield func(int) bool) { keep = yield; yield(0) } {
			_ = v
		}
		keep(5)
	}()
	n := 0
	for i := range 3 {
		for range times(i) {
			n++
			goto next
		}
	next:
	}
	fmt.Println("n", n)
	fmt.Println(scan(NewGrid(3, 2, func(x, y int) int { return x + 3*y })))
}

//cell

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
