//go:build ignore

// A cellular automaton in the notebook manner: a Board of fixed-size
// arrays ([H][W]bool) copied by value on each step, neighbours counted
// with wrap-around, a history of boards in a map keyed by the board
// array itself to find the cycle, a generic Counter[K] with Most, and
// Langton's ant on a map[Pos]bool with a direction enum and String.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

//cell

const H, W = 6, 6

type Board [H][W]bool

func parseBoard(s string) Board {
	var b Board
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		for c, ch := range line {
			b[r][c] = ch == '#'
		}
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) Step() Board {
	var next Board
	for r := range H {
		for c := range W {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && b[(r+dr+H)%H][(c+dc+W)%W] {
						n++
					}
				}
			}
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) Alive() (n int) {
	for _, row := range b {
		for _, a := range row {
			if a {
				n++
			}
		}
	}
	return
}

//cell

type Counter[K cmp.Ordered] map[K]int

func (c Counter[K]) Most(n int) []K {
	keys := make([]K, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int { return cmp.Or(cmp.Compare(c[b], c[a]), cmp.Compare(a, b)) })
	return keys[:min(n, len(keys))]
}

type Dir int

const (
	Up Dir = iota
	Right
	Down
	Left
)

func (d Dir) String() string { return [...]string{"^", ">", "v", "<"}[d] }

func (d Dir) Turn(right bool) Dir {
	if right {
		return (d + 1) % 4
	}
	return (d + 3) % 4
}

type Pos struct{ X, Y int }

func (p Pos) Move(d Dir) Pos {
	switch d {
	case Up:
		p.Y--
	case Down:
		p.Y++
	case Left:
		p.X--
	case Right:
		p.X++
	}
	return p
}

//cell

func main() {
	b := parseBoard(`
......
..#...
...#..
.###..
......
......`)
	seen := map[Board]int{}
	for gen := 0; ; gen++ {
		if first, ok := seen[b]; ok {
			fmt.Println("cycle: gen", gen, "repeats", first, "period", gen-first)
			break
		}
		seen[b] = gen
		if gen%6 == 0 {
			fmt.Printf("gen %d alive %d\n%v", gen, b.Alive(), b)
		}
		b = b.Step()
	}
	saved := b
	b[0][0] = !b[0][0]
	fmt.Println(saved == b, saved.Alive(), b.Alive())

	black := map[Pos]bool{}
	ant, dir := Pos{}, Up
	moves := Counter[string]{}
	for range 300 {
		right := !black[ant]
		dir = dir.Turn(right)
		black[ant] = right
		moves[dir.String()]++
		ant = ant.Move(dir)
	}
	n := 0
	for _, v := range black {
		if v {
			n++
		}
	}
	fmt.Println(ant, dir, n, moves.Most(2), moves)
}
