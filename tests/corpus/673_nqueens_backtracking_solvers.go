//go:build ignore

// Classic backtracking: N-queens three ways (slices of columns, bitmasks
// with closures, an iterator of solutions stopped early), a Sudoku solver
// on a [9][9]int8 array value copied between cells, and permutations
// through a recursive generic function; boards printed with
// strings.Builder and fmt's width verbs.
package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

//cell

type Board []int // Board[row] = column of the queen in that row

func (b Board) String() string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteString(strings.Repeat(". ", c))
		sb.WriteString("Q ")
		sb.WriteString(strings.Repeat(". ", len(b)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func safe(b Board, row, col int) bool {
	for r := 0; r < row; r++ {
		c := b[r]
		if c == col || c-col == r-row || c-col == row-r {
			return false
		}
	}
	return true
}

func solveAll(n int) []Board {
	var out []Board
	b := make(Board, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			out = append(out, append(Board(nil), b...))
			return
		}
		for col := 0; col < n; col++ {
			if safe(b, row, col) {
				b[row] = col
				place(row + 1)
			}
		}
	}
	place(0)
	return out
}

//cell

func countBits(n int) int {
	full := uint(1)<<n - 1
	var rec func(cols, d1, d2 uint) int
	rec = func(cols, d1, d2 uint) int {
		if cols == full {
			return 1
		}
		count := 0
		for avail := full &^ (cols | d1 | d2); avail != 0; avail &= avail - 1 {
			bit := avail & -avail
			count += rec(cols|bit, (d1|bit)<<1&full, (d2|bit)>>1)
		}
		return count
	}
	return rec(0, 0, 0)
}

func Solutions(n int) iter.Seq2[int, Board] {
	return func(yield func(int, Board) bool) {
		b := make(Board, n)
		k := 0
		var place func(row int) bool
		place = func(row int) bool {
			if row == n {
				k++
				return yield(k, append(Board(nil), b...))
			}
			for col := range n {
				if !safe(b, row, col) {
					continue
				}
				b[row] = col
				if !place(row + 1) {
					return false
				}
			}
			return true
		}
		place(0)
	}
}

//cell

type Grid [9][9]int8

func (g *Grid) ok(r, c int, v int8) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve() (steps int, solved bool) {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					s, done := g.Solve()
					steps += s + 1
					if done {
						return steps, true
					}
					g[r][c] = 0
				}
			}
			return steps, false
		}
	}
	return steps, true
}

func parseGrid(rows ...string) (g Grid) {
	for r, line := range rows {
		for c, ch := range line {
			if ch >= '1' && ch <= '9' {
				g[r][c] = int8(ch - '0')
			}
		}
	}
	return
}

//cell

func Permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{append([]T(nil), xs...)}
	}
	var out [][]T
	for i := range xs {
		rest := make([]T, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

var puzzle = parseGrid(
	"53..7....",
	"6..195...",
	".98....6.",
	"8...6...3",
	"4..8.3..1",
	"7...2...6",
	".6....28.",
	"...419..5",
	"....8..79",
)

//cell

func main() {
	all := solveAll(6)
	fmt.Println(len(all), "solutions for 6")
	fmt.Print(all[0])
	for n := 1; n <= 9; n++ {
		fmt.Printf("%d:%-4d", n, countBits(n))
	}
	fmt.Println()
	for k, b := range Solutions(8) {
		if k > 3 {
			break
		}
		fmt.Println(k, []int(b))
	}
	fmt.Println(bits.OnesCount(uint(0b1011)), len(solveAll(8)) == countBits(8))

	g := puzzle
	steps, ok := g.Solve()
	fmt.Println(ok, steps > 0, puzzle[0][2], g[0][2])
	for _, row := range g[:3] {
		fmt.Println(row)
	}
	sum := 0
	for r := range 9 {
		sum += int(g[r][r])
	}
	fmt.Printf("diag=%d %v\n", sum, g == puzzle)

	for _, p := range Permutations([]string{"a", "b", "c"}) {
		fmt.Print(strings.Join(p, ""), " ")
	}
	fmt.Println(len(Permutations([]int{1, 2, 3, 4})))
}
