//go:build ignore

// Struct values as map keys and in comparisons: a warehouse floor parsed
// from a raw-string grid into a map of Point to cell kind, shortest paths
// by BFS keyed by points, a set of edges keyed by a struct of two points,
// keys with array and nested struct fields, and counting pairs of a
// composite key type.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const floor = `
##########
#S..#....#
#.#.#.##.#
#.#...#..#
#.####.#.#
#......#E#
##########`

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

var dirs = [4]Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}

type Grid struct {
	Cells      map[Point]rune
	Start, End Point
	W, H       int
}

func parseGrid(s string) Grid {
	g := Grid{Cells: map[Point]rune{}}
	for y, line := range strings.Split(strings.TrimSpace(s), "\n") {
		for x, r := range line {
			p := Point{x, y}
			switch r {
			case 'S':
				g.Start, r = p, '.'
			case 'E':
				g.End, r = p, '.'
			}
			g.Cells[p] = r
			g.W = max(g.W, x+1)
		}
		g.H = y + 1
	}
	return g
}

var grid = parseGrid(floor)

func init() {
	fmt.Println(grid.W, grid.H, grid.Start, grid.End, len(grid.Cells), grid.Cells[Point{0, 0}] == '#')
}

//cell

func bfs(g Grid, from Point) map[Point]int {
	dist := map[Point]int{from: 0}
	queue := []Point{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			q := p.Add(d)
			if g.Cells[q] != '.' {
				continue
			}
			if _, seen := dist[q]; !seen {
				dist[q] = dist[p] + 1
				queue = append(queue, q)
			}
		}
	}
	return dist
}

func path(g Grid, dist map[Point]int, to Point) []Point {
	if _, ok := dist[to]; !ok {
		return nil
	}
	out := []Point{to}
	for cur := to; dist[cur] > 0; {
		for _, d := range dirs {
			if q := cur.Add(d); g.Cells[q] == '.' && dist[q] == dist[cur]-1 {
				if _, ok := dist[q]; ok {
					cur = q
					out = append(out, q)
					break
				}
			}
		}
	}
	slices.Reverse(out)
	return out
}

var dist = bfs(grid, grid.Start)

func init() {
	p := path(grid, dist, grid.End)
	fmt.Println("steps:", dist[grid.End], "path len:", len(p), p[0] == grid.Start, p[len(p)-1] == grid.End)
	onPath := map[Point]bool{}
	for _, q := range p {
		onPath[q] = true
	}
	for y := range grid.H {
		var b strings.Builder
		for x := range grid.W {
			pt := Point{x, y}
			switch {
			case onPath[pt]:
				b.WriteByte('o')
			default:
				b.WriteRune(grid.Cells[pt])
			}
		}
		fmt.Println(b.String())
	}
}

//cell

type Edge struct{ A, B Point }

func norm(a, b Point) Edge {
	if cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) > 0 {
		a, b = b, a
	}
	return Edge{a, b}
}

type Slot struct {
	Aisle [2]byte
	Level int
}

type Stock struct {
	Slot Slot
	SKU  string
}

func main() {
	edges := map[Edge]int{}
	for p, r := range grid.Cells {
		if r != '.' {
			continue
		}
		for _, d := range dirs {
			if q := p.Add(d); grid.Cells[q] == '.' {
				edges[norm(p, q)]++
			}
		}
	}
	fmt.Println("edges:", len(edges), edges[norm(Point{1, 1}, Point{2, 1})], edges[Edge{Point{2, 1}, Point{1, 1}}])

	far := slices.SortedFunc(maps.Keys(dist), func(a, b Point) int {
		return cmp.Or(cmp.Compare(dist[b], dist[a]), cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X))
	})
	fmt.Println("farthest:", far[:3], dist[far[0]])

	shelves := map[Slot][]string{}
	put := func(a string, lvl int, sku string) {
		s := Slot{[2]byte{a[0], a[1]}, lvl}
		shelves[s] = append(shelves[s], sku)
	}
	put("A1", 0, "bolt")
	put("A1", 1, "nut")
	put("B2", 0, "gear")
	put("A1", 0, "washer")
	fmt.Println(shelves[Slot{[2]byte{'A', '1'}, 0}], len(shelves))
	keys := slices.SortedFunc(maps.Keys(shelves), func(a, b Slot) int {
		return cmp.Or(cmp.Compare(string(a.Aisle[:]), string(b.Aisle[:])), cmp.Compare(a.Level, b.Level))
	})
	for _, k := range keys {
		fmt.Printf("%s/%d %v\n", k.Aisle[:], k.Level, shelves[k])
	}
	counts := map[Stock]int{}
	for _, st := range []Stock{{Slot{[2]byte{'A', '1'}, 0}, "bolt"}, {Slot{[2]byte{'A', '1'}, 0}, "bolt"}, {Slot{[2]byte{'B', '2'}, 0}, "bolt"}} {
		counts[st]++
	}
	fmt.Println(len(counts), counts[Stock{Slot{[2]byte{'A', '1'}, 0}, "bolt"}])
	a, b := Stock{SKU: "x"}, Stock{SKU: "x"}
	fmt.Println(a == b, a.Slot == Slot{}, [2]Point{{1, 2}} == [2]Point{{1, 2}, {0, 0}}, Edge{} == norm(Point{}, Point{}))
	set := map[[2]Point]struct{}{{{0, 0}, {1, 1}}: {}}
	_, has := set[[2]Point{{0, 0}, {1, 1}}]
	fmt.Println(has)
}
