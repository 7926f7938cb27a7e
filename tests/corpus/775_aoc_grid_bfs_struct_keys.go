//go:build ignore

// An Advent-of-Code style maze held in a raw string constant: the grid
// parsed into [][]byte, BFS over struct keys (a Pos with Add and In
// methods) with a map of distances and a parent map to rebuild the
// path, the path drawn back into a copy of the grid, and the cells
// reachable within k steps counted per distance.
package main

import (
	"fmt"
	"slices"
	"strings"
)

//cell

const maze = `
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########
`

type Pos struct{ R, C int }

func (p Pos) Add(q Pos) Pos { return Pos{p.R + q.R, p.C + q.C} }

func (p Pos) String() string { return fmt.Sprintf("(%d,%d)", p.R, p.C) }

var dirs = [4]Pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid [][]byte

func (g Grid) In(p Pos) bool { return p.R >= 0 && p.R < len(g) && p.C >= 0 && p.C < len(g[p.R]) }

func (g Grid) At(p Pos) byte { return g[p.R][p.C] }

func (g Grid) Find(b byte) (Pos, bool) {
	for r, row := range g {
		if c := slices.Index(row, b); c >= 0 {
			return Pos{r, c}, true
		}
	}
	return Pos{}, false
}

func parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(line))
	}
	return g
}

//cell

func bfs(g Grid, start Pos) (map[Pos]int, map[Pos]Pos) {
	dist := map[Pos]int{start: 0}
	prev := map[Pos]Pos{}
	queue := []Pos{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := cur.Add(d)
			if !g.In(n) || g.At(n) == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return dist, prev
}

func pathTo(prev map[Pos]Pos, start, end Pos) []Pos {
	path := []Pos{end}
	for p := end; p != start; {
		p = prev[p]
		path = append(path, p)
	}
	slices.Reverse(path)
	return path
}

//cell

func main() {
	g := parse(maze)
	fmt.Println(len(g), "rows,", len(g[0]), "cols")
	s, _ := g.Find('S')
	e, ok := g.Find('E')
	fmt.Println("start", s, "end", e, ok)
	_, missing := g.Find('X')
	fmt.Println("X found:", missing)

	dist, prev := bfs(g, s)
	fmt.Println("steps to E:", dist[e])
	path := pathTo(prev, s, e)
	fmt.Println(len(path), path[:4], path[len(path)-1])

	drawn := make(Grid, len(g))
	for i := range g {
		drawn[i] = slices.Clone(g[i])
	}
	for _, p := range path[1 : len(path)-1] {
		drawn[p.R][p.C] = 'o'
	}
	for _, row := range drawn {
		fmt.Println(string(row))
	}

	byDist := map[int][]Pos{}
	maxD := 0
	for p, d := range dist {
		byDist[d] = append(byDist[d], p)
		maxD = max(maxD, d)
	}
	for d := 0; d <= maxD; d += 3 {
		ps := byDist[d]
		slices.SortFunc(ps, func(a, b Pos) int {
			if a.R != b.R {
				return a.R - b.R
			}
			return a.C - b.C
		})
		fmt.Printf("d=%2d %d %v\n", d, len(ps), ps)
	}
	within := 0
	for _, d := range dist {
		if d <= 5 {
			within++
		}
	}
	fmt.Printf("reachable %d, within 5: %d\n", len(dist), within)
}
