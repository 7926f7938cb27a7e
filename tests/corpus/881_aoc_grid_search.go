//go:build ignore

// Advent-of-Code style grid puzzles: a maze parsed into [][]byte, BFS
// shortest path with a queue of structs and a visited map keyed by an
// array, Dijkstra over weighted cells with container/heap, flood fill
// counting regions, and Conway's Game of Life on a small torus printed
// after a few generations.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

//cell

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid [][]byte

func ParseGrid(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(line))
	}
	return g
}

func (g Grid) In(p P) bool { return p.R >= 0 && p.R < len(g) && p.C >= 0 && p.C < len(g[p.R]) }

func (g Grid) Find(b byte) (P, bool) {
	for r, row := range g {
		for c, x := range row {
			if x == b {
				return P{r, c}, true
			}
		}
	}
	return P{}, false
}

func (g Grid) BFS(start, goal P) (int, []P) {
	type item struct {
		p    P
		dist int
	}
	prev := map[[2]int]P{}
	seen := map[[2]int]bool{{start.R, start.C}: true}
	q := []item{{start, 0}}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur.p == goal {
			path := []P{goal}
			for p := goal; p != start; {
				p = prev[[2]int{p.R, p.C}]
				path = append([]P{p}, path...)
			}
			return cur.dist, path
		}
		for _, d := range dirs {
			n := cur.p.Add(d)
			k := [2]int{n.R, n.C}
			if !g.In(n) || g[n.R][n.C] == '#' || seen[k] {
				continue
			}
			seen[k] = true
			prev[k] = cur.p
			q = append(q, item{n, cur.dist + 1})
		}
	}
	return -1, nil
}

//cell

type state struct {
	p    P
	cost int
}

type minHeap []state

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].cost != h[j].cost {
		return h[i].cost < h[j].cost
	}
	if h[i].p.R != h[j].p.R {
		return h[i].p.R < h[j].p.R
	}
	return h[i].p.C < h[j].p.C
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(state)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dijkstra(g Grid) int {
	goal := P{len(g) - 1, len(g[0]) - 1}
	best := map[P]int{{0, 0}: 0}
	h := &minHeap{{P{0, 0}, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(state)
		if cur.p == goal {
			return cur.cost
		}
		if cur.cost > best[cur.p] {
			continue
		}
		for _, d := range dirs {
			n := cur.p.Add(d)
			if !g.In(n) {
				continue
			}
			nc := cur.cost + int(g[n.R][n.C]-'0')
			if old, ok := best[n]; !ok || nc < old {
				best[n] = nc
				heap.Push(h, state{n, nc})
			}
		}
	}
	return -1
}

func regions(g Grid) map[byte]int {
	seen := make([][]bool, len(g))
	for i := range seen {
		seen[i] = make([]bool, len(g[i]))
	}
	count := map[byte]int{}
	var fill func(p P, b byte)
	fill = func(p P, b byte) {
		if !g.In(p) || seen[p.R][p.C] || g[p.R][p.C] != b {
			return
		}
		seen[p.R][p.C] = true
		for _, d := range dirs {
			fill(p.Add(d), b)
		}
	}
	for r := range g {
		for c := range g[r] {
			if !seen[r][c] {
				count[g[r][c]]++
				fill(P{r, c}, g[r][c])
			}
		}
	}
	return count
}

//cell

func life(g Grid) Grid {
	h, w := len(g), len(g[0])
	next := make(Grid, h)
	for r := range h {
		next[r] = make([]byte, w)
		for c := range w {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && g[(r+dr+h)%h][(c+dc+w)%w] == '#' {
						n++
					}
				}
			}
			switch {
			case g[r][c] == '#' && (n == 2 || n == 3), g[r][c] == '.' && n == 3:
				next[r][c] = '#'
			default:
				next[r][c] = '.'
			}
		}
	}
	return next
}

func (g Grid) String() string {
	lines := make([]string, len(g))
	for i, row := range g {
		lines[i] = string(row)
	}
	return strings.Join(lines, "\n")
}

func main() {
	maze := ParseGrid(`
S.#.......
.##.####.#
....#..#..
#.#...##.#
..#.#....E
`)
	s, _ := maze.Find('S')
	e, _ := maze.Find('E')
	d, path := maze.BFS(s, e)
	fmt.Println(s, e, d, len(path))
	for _, p := range path[1 : len(path)-1] {
		maze[p.R][p.C] = 'o'
	}
	fmt.Println(maze)
	_, ok := maze.Find('X')
	fmt.Println(ok)

	risk := ParseGrid(`
1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`)
	fmt.Println("lowest risk:", dijkstra(risk))

	garden := ParseGrid(`
AAAA
BBCD
BBCC
EEEC
AAEA`)
	reg := regions(garden)
	for _, b := range []byte("ABCDE") {
		fmt.Printf("%c:%d ", b, reg[b])
	}
	fmt.Println()

	g := ParseGrid(`
.#......
..#.....
###.....
........
........
........`)
	for range 4 {
		g = life(g)
	}
	fmt.Println(g)
	alive := 0
	for _, row := range g {
		alive += strings.Count(string(row), "#")
	}
	fmt.Println("alive", alive)
}
