//go:build ignore

// Comparable structs and arrays as map keys (grid points, board states
// as arrays, nested struct keys with an array field), array value
// semantics when assigned, passed, ranged over and stored in maps and
// slices, and struct equality including interface fields.
package main

import (
	"fmt"
	"sort"
)

//cell

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Board [3][3]byte

type Move struct {
	From, To Point
	Piece    [2]byte
}

var dirs = [4]Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

//cell

func flood(grid []string, start Point) map[Point]int {
	dist := map[Point]int{start: 0}
	q := []Point{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range dirs {
			n := p.Add(d)
			if n.Y < 0 || n.Y >= len(grid) || n.X < 0 || n.X >= len(grid[n.Y]) || grid[n.Y][n.X] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return dist
}

func (b Board) Place(p Point, c byte) Board {
	b[p.Y][p.X] = c
	return b
}

func (b *Board) Set(p Point, c byte) { b[p.Y][p.X] = c }

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

func zeroFirst(a [4]int) [4]int {
	a[0] = 0
	return a
}

func zeroFirstP(a *[4]int) { a[0] = 0 }

type Tagged struct {
	Name string
	Val  any
}

//cell

func main() {
	grid := []string{
		"..#.",
		"..#.",
		"....",
		"#...",
	}
	dist := flood(grid, Point{0, 0})
	far := Point{3, 0}
	fmt.Println(len(dist), dist[far], dist[Point{1, 1}])
	_, ok := dist[Point{2, 0}]
	fmt.Println(ok)

	var empty Board
	b1 := empty.Place(Point{1, 1}, 'X')
	b2 := b1.Place(Point{0, 0}, 'O')
	fmt.Println(empty, b1, b2)
	seen := map[Board]int{}
	for _, b := range []Board{b1, b2, empty.Place(Point{1, 1}, 'X'), b1} {
		seen[b]++
	}
	fmt.Println(len(seen), seen[b1], seen[b2])
	b3 := b2
	b3.Set(Point{2, 2}, 'X')
	fmt.Println(b2, b3, b2 == b3, seen[b3])

	moves := map[Move]string{}
	m := Move{Point{0, 0}, Point{1, 2}, [2]byte{'N', 'w'}}
	moves[m] = "knight"
	m2 := m
	m2.Piece[1] = 'b'
	moves[m2] = "black knight"
	fmt.Println(len(moves), moves[Move{Point{0, 0}, Point{1, 2}, [2]byte{'N', 'w'}}], moves[m2], m == m2)

	a := [4]int{1, 2, 3, 4}
	c := a
	c[1] = 20
	z := zeroFirst(a)
	fmt.Println(a, c, z)
	zeroFirstP(&a)
	fmt.Println(a)
	for i, v := range a {
		a[3] = 99
		if i == 3 {
			fmt.Println("range copy", v, a[3])
		}
	}
	arrs := map[string][4]int{"a": a}
	x := arrs["a"]
	x[2] = -1
	fmt.Println(arrs["a"], x)
	sl := [][2]string{{"k", "v"}}
	e := sl[0]
	e[0] = "changed"
	sl[0][1] = "V"
	fmt.Println(sl, e)
	ps := [2]*Point{{1, 1}, {2, 2}}
	qs := ps
	qs[0].X = 100
	qs[1] = &Point{9, 9}
	fmt.Println(*ps[0], *ps[1], *qs[1])

	t1 := Tagged{"a", 1}
	t2 := Tagged{"a", 1}
	t3 := Tagged{"a", int64(1)}
	t4 := Tagged{"a", Point{1, 2}}
	fmt.Println(t1 == t2, t1 == t3, t4 == Tagged{"a", Point{1, 2}})
	byTag := map[Tagged]bool{t1: true, t3: true, t4: true}
	fmt.Println(len(byTag), byTag[Tagged{"a", Point{1, 2}}])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		byTag[Tagged{"s", []int{1}}] = true
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var k any = &far
		fmt.Println(k.(*Point).Add(far))
		_ = k.(Point)
	}()
	keys := make([]Point, 0, len(dist))
	for p := range dist {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if dist[keys[i]] != dist[keys[j]] {
			return dist[keys[i]] > dist[keys[j]]
		}
		return keys[i].Y*10+keys[i].X < keys[j].Y*10+keys[j].X
	})
	fmt.Println(keys[:3])
}
