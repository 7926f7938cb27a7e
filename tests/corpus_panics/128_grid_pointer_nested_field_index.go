//go:build ignore

// An index past the end of an array field of a struct through a pointer.
package main

import (
	"fmt"
)

//cell

type Grid struct {
	cells [3][3]int
	name  string
}

func (g *Grid) Mark(r, c int) { g.cells[r][c]++ }

//cell

func main() {
	g := &Grid{name: "g"}
	g.Mark(0, 2)
	fmt.Println(g.cells)
	g.Mark(3, 0)
}
