//go:build ignore

// Value semantics in everyday data: arrays of structs copied on
// assignment and compared with ==, arrays as map keys, maps of structs
// updated through a copy written back, maps of slices appended to, and
// slices sharing their backing array with a copy made by append.
package main

import (
	"fmt"
	"sort"
)

type Cell struct {
	Row, Col int
}

type Board [3][3]rune

type Player struct {
	Name  string
	Score int
	Moves []Cell
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

//cell

func (b Board) With(c Cell, r rune) Board {
	b[c.Row][c.Col] = r
	return b
}

func (b *Board) Set(c Cell, r rune) { b[c.Row][c.Col] = r }

func winner(b Board) rune {
	lines := [][3]Cell{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0].Row][l[0].Col]
		if a != 0 && a == b[l[1].Row][l[1].Col] && a == b[l[2].Row][l[2].Col] {
			return a
		}
	}
	return 0
}

//cell

var players = map[string]Player{
	"ann": {Name: "Ann"},
	"bob": {Name: "Bob"},
}

var seen = map[Board]int{}

func play(moves []Cell) Board {
	var b Board
	who := []string{"ann", "bob"}
	marks := [2]rune{'X', 'O'}
	for i, m := range moves {
		p := players[who[i%2]]
		p.Moves = append(p.Moves, m)
		b.Set(m, marks[i%2])
		seen[b]++
		if w := winner(b); w != 0 {
			p.Score++
			players[who[i%2]] = p
			return b
		}
		players[who[i%2]] = p
	}
	return b
}

//cell

func main() {
	var empty Board
	b1 := empty.With(Cell{1, 1}, 'X')
	b2 := b1
	b2.Set(Cell{0, 0}, 'O')
	fmt.Println(empty, b1, b2, b1 == b2, b1 == empty.With(Cell{1, 1}, 'X'))

	game1 := play([]Cell{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {2, 2}, {0, 1}, {2, 1}})
	game2 := play([]Cell{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}})
	fmt.Println(game1, string(winner(game1)) == "\x00", game2, string(winner(game2)))

	names := []string{"ann", "bob"}
	for _, n := range names {
		p := players[n]
		fmt.Printf("%s score=%d moves=%d first=%v\n", p.Name, p.Score, len(p.Moves), p.Moves[0])
	}
	fmt.Println(len(seen), seen[empty.With(Cell{1, 1}, 'X')])

	a := [3]Cell{{1, 2}, {3, 4}}
	c := a
	c[0].Row = 99
	fmt.Println(a, c, a == c, a[2] == Cell{})

	byRow := map[int][]Cell{}
	for _, cl := range []Cell{{2, 1}, {0, 0}, {2, 0}, {0, 2}} {
		byRow[cl.Row] = append(byRow[cl.Row], cl)
	}
	rows := make([]int, 0, len(byRow))
	for r := range byRow {
		rows = append(rows, r)
	}
	sort.Ints(rows)
	for _, r := range rows {
		fmt.Print(r, byRow[r], " ")
	}
	fmt.Println()

	base := make([]Cell, 2, 4)
	x := append(base, Cell{7, 7})
	y := append(base, Cell{8, 8})
	fmt.Println(x[2], y[2], len(base))
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[1][1] = 40
	rowCopy := grid[0]
	rowCopy[0] = 100
	fmt.Println(grid, g2, rowCopy, grid != g2)
}
