//go:build ignore

// A maze on a 2D grid: parsing rows into [][]byte, BFS with a queue of
// points, directions in an array, a path traced back through a map of
// predecessors, flood-filled regions, arrays copied by value, a labeled
// continue and a goto.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(d Point) Point { return Point{p.R + d.R, p.C + d.C} }

var dirs = [4]Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid [][]byte

const maze = `
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#E#
##########`

//cell

func parse(s string) (g Grid, start, end Point) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Point{r, c}
			case 'E':
				end = Point{r, c}
			}
		}
		g = append(g, row)
	}
	return
}

func (g Grid) In(p Point) bool { return p.R >= 0 && p.R < len(g) && p.C >= 0 && p.C < len(g[p.R]) }

func (g Grid) Open(p Point) bool { return g.In(p) && g[p.R][p.C] != '#' }

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		b.Write(row)
		b.WriteByte('\n')
	}
	return b.String()
}

//cell

func (g Grid) BFS(start, end Point) ([]Point, int) {
	prev := map[Point]Point{}
	seen := map[Point]bool{start: true}
	queue := []Point{start}
	visited := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		visited++
		if cur == end {
			goto found
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if !g.Open(n) || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, visited
found:
	var path []Point
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, visited
}

func (g Grid) Clone() Grid {
	c := make(Grid, len(g))
	for i := range g {
		c[i] = append([]byte(nil), g[i]...)
	}
	return c
}

//cell

func regions(g Grid) map[byte]int {
	sizes := map[byte]int{}
	seen := make([][]bool, len(g))
	for i := range seen {
		seen[i] = make([]bool, len(g[i]))
	}
	label := byte('a')
	for r := range g {
	cells:
		for c := range g[r] {
			if g[r][c] == '#' || seen[r][c] {
				continue cells
			}
			stack := []Point{{r, c}}
			seen[r][c] = true
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				sizes[label]++
				for _, d := range dirs {
					n := p.Add(d)
					if g.Open(n) && !seen[n.R][n.C] {
						seen[n.R][n.C] = true
						stack = append(stack, n)
					}
				}
			}
			label++
		}
	}
	return sizes
}

func countMarks(b *[3][3]rune, mark rune) (n int) {
	for _, row := range b {
		for _, c := range row {
			if c == mark {
				n++
			}
		}
	}
	return
}

//cell

func main() {
	g, start, end := parse(maze)
	fmt.Println(len(g), len(g[0]), start, end, g.Open(start), g.Open(Point{0, 0}), g.In(Point{-1, 3}))
	path, visited := g.BFS(start, end)
	fmt.Println("steps:", len(path)-1, "visited:", visited)
	fmt.Println(path[:4], path[len(path)-1])
	drawn := g.Clone()
	for _, p := range path[1 : len(path)-1] {
		drawn[p.R][p.C] = '*'
	}
	fmt.Print(drawn)
	fmt.Println(g[1][2] == '.', drawn[1][2] == '*')

	walled := g.Clone()
	walled[3][8] = '#'
	walled[4][8] = '#'
	p2, v2 := walled.BFS(start, end)
	fmt.Println(p2 == nil, len(p2), v2)
	sizes := regions(walled)
	fmt.Println(len(sizes), sizes['a'], sizes['b'], sizes['c'])

	d := dirs
	d[0] = Point{9, 9}
	fmt.Println(dirs[0], d[0], dirs == d, [2]Point{{1, 2}} == [2]Point{{1, 2}, {}})
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	copyBoard := board
	copyBoard[1][1] = 'X'
	rowCopy := board[2]
	rowCopy[0] = 'O'
	fmt.Println(string(board[1][:]), string(copyBoard[1][:]), string(rowCopy[:]), string(board[2][:]))
	fmt.Printf("%v %d %d %d\n", board[0], len(board), countMarks(&board, '.'), countMarks(&copyBoard, 'X'))

	transpose := func(m [][]int) [][]int {
		t := make([][]int, len(m[0]))
		for j := range t {
			t[j] = make([]int, len(m))
			for i := range m {
				t[j][i] = m[i][j]
			}
		}
		return t
	}
	fmt.Println(transpose([][]int{{1, 2, 3}, {4, 5, 6}}))
	i := 0
loop:
	if i < 3 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println("done")
}
