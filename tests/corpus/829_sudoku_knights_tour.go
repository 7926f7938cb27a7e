//go:build ignore

// Backtracking classics: a Sudoku solver over a [9][9]int8 board passed
// by value and by pointer, candidates as a bit mask, Warnsdorff's
// knight's tour on a 6x6 board with a fixed move order, and N-queens
// counted with bit masks for every size up to 9.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

//cell

type Sudoku [9][9]int8

func parseSudoku(s string) Sudoku {
	var b Sudoku
	s = strings.NewReplacer("\n", "", " ", "").Replace(s)
	for i, ch := range s {
		if ch >= '1' && ch <= '9' {
			b[i/9][i%9] = int8(ch - '0')
		}
	}
	return b
}

func (b *Sudoku) candidates(r, c int) uint16 {
	used := uint16(0)
	for k := 0; k < 9; k++ {
		used |= 1 << b[r][k]
		used |= 1 << b[k][c]
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			used |= 1 << b[i][j]
		}
	}
	return ^used & 0x3FE
}

func (b *Sudoku) Solve(steps *int) bool {
	bestR, bestC, bestN := -1, -1, 10
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] == 0 {
				if n := bits.OnesCount16(b.candidates(r, c)); n < bestN {
					bestR, bestC, bestN = r, c, n
				}
			}
		}
	}
	if bestR < 0 {
		return true
	}
	cand := b.candidates(bestR, bestC)
	for d := int8(1); d <= 9; d++ {
		if cand&(1<<d) == 0 {
			continue
		}
		*steps++
		b[bestR][bestC] = d
		if b.Solve(steps) {
			return true
		}
	}
	b[bestR][bestC] = 0
	return false
}

func (b Sudoku) String() string {
	var sb strings.Builder
	for r, row := range b {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return strings.ReplaceAll(sb.String(), " \n", "\n")
}

//cell

type Pos struct{ R, C int }

var knightMoves = [8]Pos{{2, 1}, {1, 2}, {-1, 2}, {-2, 1}, {-2, -1}, {-1, -2}, {1, -2}, {2, -1}}

func tour(n int, start Pos) ([][]int, bool) {
	board := make([][]int, n)
	for i := range board {
		board[i] = make([]int, n)
	}
	inside := func(p Pos) bool { return p.R >= 0 && p.R < n && p.C >= 0 && p.C < n && board[p.R][p.C] == 0 }
	degree := func(p Pos) int {
		d := 0
		for _, m := range knightMoves {
			if inside(Pos{p.R + m.R, p.C + m.C}) {
				d++
			}
		}
		return d
	}
	cur := start
	board[cur.R][cur.C] = 1
	for step := 2; step <= n*n; step++ {
		best, bestD := Pos{-1, -1}, 9
		for _, m := range knightMoves {
			nx := Pos{cur.R + m.R, cur.C + m.C}
			if inside(nx) {
				if d := degree(nx); d < bestD {
					best, bestD = nx, d
				}
			}
		}
		if best.R < 0 {
			return board, false
		}
		cur = best
		board[cur.R][cur.C] = step
	}
	return board, true
}

//cell

func queens(n int) int {
	all := uint(1)<<n - 1
	var place func(cols, d1, d2 uint) int
	place = func(cols, d1, d2 uint) int {
		if cols == all {
			return 1
		}
		count := 0
		free := all &^ (cols | d1 | d2)
		for free != 0 {
			bit := free & -free
			free ^= bit
			count += place(cols|bit, (d1|bit)<<1&all, (d2|bit)>>1)
		}
		return count
	}
	return place(0, 0, 0)
}

//cell

func main() {
	puzzle := parseSudoku(`
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`)
	orig := puzzle
	steps := 0
	ok := puzzle.Solve(&steps)
	fmt.Println(ok, steps, orig == puzzle, orig[0], puzzle[0])
	fmt.Print(puzzle)

	board, done := tour(6, Pos{0, 0})
	fmt.Println("tour complete:", done)
	for _, row := range board {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	for n := 1; n <= 9; n++ {
		fmt.Printf("%d:%d ", n, queens(n))
	}
	fmt.Println()
}
