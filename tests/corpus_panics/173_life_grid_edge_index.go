//go:build ignore

// A game of life step counts neighbours without checking the grid's edges.
package main

import (
	"fmt"
)

//cell

func live(g [][]bool, r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && g[r+dr][c+dc] {
				n++
			}
		}
	}
	return n
}

func step(g [][]bool) [][]bool {
	out := make([][]bool, len(g))
	for r := range g {
		out[r] = make([]bool, len(g[r]))
		for c := range g[r] {
			n := live(g, r, c)
			out[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return out
}

//cell

func main() {
	g := [][]bool{
		{false, false, false},
		{true, true, true},
		{false, false, false},
	}
	fmt.Println(live(g, 1, 1))
	g = step(g)
	fmt.Println(g)
}
