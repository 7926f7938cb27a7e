//go:build ignore

// Struct comparison with == and != (nested structs, arrays, pointers,
// interface fields), arrays of structs as map keys, struct keys counted
// and looked up, a [2]Point segment key, and comparing structs holding
// interfaces of cell types.
package main

import (
	"fmt"
	"sort"
)

//cell

type Point struct{ X, Y int }

type Segment [2]Point

type Cell struct {
	Pos   Point
	Layer uint8
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Tagged struct {
	Name  string
	Shape Shape
}

func (s Segment) Reverse() Segment { return Segment{s[1], s[0]} }

//cell

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1}, &p == &q, *&p == q)
	c1 := Cell{Point{0, 0}, 1}
	c2 := Cell{Layer: 1}
	fmt.Println(c1 == c2, c1 == Cell{})

	visits := map[Cell]int{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for i, pt := range path {
		visits[Cell{pt, uint8(i % 2)}]++
	}
	keys := make([]Cell, 0, len(visits))
	for k := range visits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.Pos != b.Pos {
			if a.Pos.X != b.Pos.X {
				return a.Pos.X < b.Pos.X
			}
			return a.Pos.Y < b.Pos.Y
		}
		return a.Layer < b.Layer
	})
	for _, k := range keys {
		fmt.Printf("%v:%d ", k, visits[k])
	}
	fmt.Println()

	segs := map[Segment]string{}
	s1 := Segment{{0, 0}, {3, 4}}
	segs[s1] = "diag"
	segs[s1.Reverse()] = "back"
	segs[Segment{{0, 0}, {3, 4}}] += "!"
	fmt.Println(len(segs), segs[s1], segs[Segment{{3, 4}, {0, 0}}], segs[Segment{}] == "")
	arrKey := map[[3]int]bool{{1, 2, 3}: true}
	fmt.Println(arrKey[[3]int{1, 2, 3}], arrKey[[3]int{3, 2, 1}])

	t1 := Tagged{"a", Sq{2}}
	t2 := Tagged{"a", Sq{2}}
	t3 := Tagged{"a", Sq{3}}
	fmt.Println(t1 == t2, t1 == t3, t1.Shape == t2.Shape, Tagged{} == Tagged{})
	byTag := map[Tagged]int{t1: 1}
	byTag[t2]++
	byTag[t3]++
	fmt.Println(len(byTag), byTag[t1], byTag[Tagged{"a", Sq{3}}])
	anyKeys := map[any]string{Point{1, 1}: "pt", Segment{}: "seg", [2]int{}: "arr"}
	fmt.Println(anyKeys[Point{1, 1}], anyKeys[Segment{}], anyKeys[[2]int{0, 0}], len(anyKeys))
	grid := [2][2]Point{}
	grid[1][0] = Point{5, 5}
	other := grid
	other[0][1].X = 1
	fmt.Println(grid == other, grid[1] == other[1], grid, other)
	type pair struct {
		a, b any
	}
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, "x"} == pair{int64(1), "x"})
}
