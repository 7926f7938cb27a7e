//go:build ignore

// Conway's Game of Life on a small torus: a glider for four generations.
package main

import (
	"fmt"
	"strings"
)

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

//cell

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

func (f *Field) Step() *Field {
	n := NewField(f.w, f.h)
	for y := 0; y < f.h; y++ {
		for x := 0; x < f.w; x++ {
			n.Set(x, y, f.Next(x, y))
		}
	}
	return n
}

func (f *Field) String() string {
	var b strings.Builder
	for y := 0; y < f.h; y++ {
		for x := 0; x < f.w; x++ {
			if f.Alive(x, y) {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

//cell

func main() {
	f := NewField(6, 6)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		f.Set(p[0], p[1], true)
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d:\n%v", gen, f)
		f = f.Step()
	}
}
