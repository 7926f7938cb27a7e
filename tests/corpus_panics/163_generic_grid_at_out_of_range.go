//go:build ignore

// A generic grid whose At method indexes a row past the last one.
package main

import (
	"fmt"
)

//cell

type Grid[T any] struct {
	w, h  int
	cells [][]T
}

func NewGrid[T any](w, h int) *Grid[T] {
	g := &Grid[T]{w: w, h: h}
	g.cells = make([][]T, h)
	for y := range g.cells {
		g.cells[y] = make([]T, w)
	}
	return g
}

func (g *Grid[T]) At(x, y int) T { return g.cells[y][x] }

func (g *Grid[T]) Set(x, y int, v T) { g.cells[y][x] = v }

//cell

func neighbours(g *Grid[rune], x, y int) []rune {
	var out []rune
	for _, d := range [][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}} {
		out = append(out, g.At(x+d[0], y+d[1]))
	}
	return out
}

//cell

func main() {
	g := NewGrid[rune](3, 3)
	for y := 0; y < 3; y++ {
		for x := 0; x < 3; x++ {
			g.Set(x, y, rune('a'+y*3+x))
		}
	}
	fmt.Println(string(neighbours(g, 1, 1)))
	fmt.Println(string(neighbours(g, 2, 2)))
}
