//go:build ignore

// An Advent-of-Code-style notebook: a puzzle input kept in a raw string,
// parsed line by line with bufio.Scanner, a grid of bytes with a point
// type used as a map key, numbers next to symbols summed (an engine
// schematic), gears found through a map of points to slices, and a
// breadth-first search for the shortest path through a small maze.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const schematic = `467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..`

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var neighbours8 = []Point{{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}}
var neighbours4 = []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid struct {
	rows []string
}

func (g Grid) In(p Point) bool {
	return p.R >= 0 && p.R < len(g.rows) && p.C >= 0 && p.C < len(g.rows[p.R])
}

func (g Grid) At(p Point) byte {
	if !g.In(p) {
		return '.'
	}
	return g.rows[p.R][p.C]
}

//cell

func parseGrid(input string) Grid {
	var g Grid
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" {
			g.rows = append(g.rows, line)
		}
	}
	return g
}

type partNumber struct {
	value int
	start Point
	width int
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func numbersIn(g Grid) []partNumber {
	var out []partNumber
	for r, row := range g.rows {
		for c := 0; c < len(row); {
			if !isDigit(row[c]) {
				c++
				continue
			}
			end := c
			for end < len(row) && isDigit(row[end]) {
				end++
			}
			v, _ := strconv.Atoi(row[c:end])
			out = append(out, partNumber{v, Point{r, c}, end - c})
			c = end
		}
	}
	return out
}

// touching returns the symbols around a number, each once.
func touching(g Grid, n partNumber) map[Point]byte {
	found := map[Point]byte{}
	for i := 0; i < n.width; i++ {
		cell := Point{n.start.R, n.start.C + i}
		for _, d := range neighbours8 {
			q := cell.Add(d)
			b := g.At(q)
			if b != '.' && !isDigit(b) {
				found[q] = b
			}
		}
	}
	return found
}

//cell

func solveSchematic() {
	g := parseGrid(schematic)
	fmt.Println("grid:", len(g.rows), "rows of", len(g.rows[0]))
	nums := numbersIn(g)
	fmt.Println("numbers found:", len(nums))

	sum := 0
	gears := map[Point][]int{}
	for _, n := range nums {
		syms := touching(g, n)
		if len(syms) == 0 {
			fmt.Printf("  %d at %v is not a part\n", n.value, n.start)
			continue
		}
		sum += n.value
		for p, b := range syms {
			if b == '*' {
				gears[p] = append(gears[p], n.value)
			}
		}
	}
	fmt.Println("part 1:", sum)

	keys := make([]Point, 0, len(gears))
	for p := range gears {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].R != keys[j].R {
			return keys[i].R < keys[j].R
		}
		return keys[i].C < keys[j].C
	})
	ratio := 0
	for _, p := range keys {
		vals := gears[p]
		fmt.Printf("  star %+v touches %v\n", p, vals)
		if len(vals) == 2 {
			ratio += vals[0] * vals[1]
		}
	}
	fmt.Println("part 2:", ratio)
}

//cell

const maze = `
S.#.......
.##.####.#
....#..#..
.####.##.#
......#..E
`

func shortest(g Grid) (int, []Point) {
	var start, end Point
	for r, row := range g.rows {
		for c := range len(row) {
			switch row[c] {
			case 'S':
				start = Point{r, c}
			case 'E':
				end = Point{r, c}
			}
		}
	}
	prev := map[Point]Point{}
	dist := map[Point]int{start: 0}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range neighbours4 {
			nxt := cur.Add(d)
			if !g.In(nxt) || g.At(nxt) == '#' {
				continue
			}
			if _, seen := dist[nxt]; seen {
				continue
			}
			dist[nxt] = dist[cur] + 1
			prev[nxt] = cur
			queue = append(queue, nxt)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	path := []Point{end}
	for p := end; p != start; {
		p = prev[p]
		path = append(path, p)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return d, path
}

func main() {
	solveSchematic()

	m := parseGrid(maze)
	steps, path := shortest(m)
	fmt.Println("maze steps:", steps)
	drawn := make([][]byte, len(m.rows))
	for i, row := range m.rows {
		drawn[i] = []byte(row)
	}
	for _, p := range path[1 : len(path)-1] {
		drawn[p.R][p.C] = 'o'
	}
	for _, row := range drawn {
		fmt.Println(string(row))
	}
	fmt.Println("first steps:", path[:4])
}
