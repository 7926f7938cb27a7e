//go:build ignore

// Comparable values: struct equality with nested arrays and strings,
// arrays as map keys (grid coordinates, trigrams), structs as keys
// (memo tables), interface keys holding different dynamic types, a
// pointer key versus a value key, NaN keys, and a set of [2]string
// edges normalised before insertion.
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

//cell

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
	Label    string
}

type Key struct {
	Name string
	Pos  [2]int
	Tag  any
}

type state struct {
	pos   Point
	keys  [3]bool
	steps int8
}

func neighbors(p Point) [4]Point {
	return [4]Point{{p.X + 1, p.Y}, {p.X - 1, p.Y}, {p.X, p.Y + 1}, {p.X, p.Y - 1}}
}

//cell

func edgeKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

var memo = map[[2]int]int{}

func paths(r, c int) int {
	if r == 0 || c == 0 {
		return 1
	}
	k := [2]int{r, c}
	if v, ok := memo[k]; ok {
		return v
	}
	v := paths(r-1, c) + paths(r, c-1)
	memo[k] = v
	return v
}

//cell

func main() {
	a := Segment{Point{0, 0}, Point{3, 4}, "ab"}
	b := Segment{From: Point{0, 0}, To: Point{3, 4}, Label: "a" + "b"}
	c := a
	c.To.Y++
	fmt.Println(a == b, a == c, a.From == c.From, [2]Point{a.From, a.To} == [2]Point{b.From, b.To})

	visited := map[Point]bool{}
	frontier := []Point{{0, 0}}
	for step := 0; step < 3; step++ {
		var next []Point
		for _, p := range frontier {
			for _, n := range neighbors(p) {
				if !visited[n] && n != (Point{}) {
					visited[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	fmt.Println(len(visited), visited[Point{1, 2}], visited[Point{3, 1}])

	grid := map[[2]int]rune{}
	for y, line := range strings.Split("#.#\n.#.\n#..", "\n") {
		for x, ch := range line {
			grid[[2]int{x, y}] = ch
		}
	}
	walls := 0
	for x := range 3 {
		for y := range 3 {
			if grid[[2]int{x, y}] == '#' {
				walls++
			}
		}
	}
	fmt.Println(walls, string(grid[[2]int{1, 1}]), grid[[2]int{5, 5}] == 0)

	tri := map[[3]byte]int{}
	text := "the then there theme"
	for i := 0; i+3 <= len(text); i++ {
		var k [3]byte
		copy(k[:], text[i:i+3])
		tri[k]++
	}
	fmt.Println(tri[[3]byte{'t', 'h', 'e'}], tri[[3]byte([]byte("hen"))], len(tri))

	m := map[Key]string{}
	m[Key{"a", [2]int{1, 2}, 3}] = "int tag"
	m[Key{"a", [2]int{1, 2}, "3"}] = "string tag"
	m[Key{"a", [2]int{1, 2}, Point{1, 1}}] = "point tag"
	m[Key{"a", [2]int{1, 2}, int64(3)}] = "int64 tag"
	fmt.Println(len(m), m[Key{"a", [2]int{1, 2}, 3}], m[Key{"a", [2]int{1, 2}, Point{1, 1}}], m[Key{Name: "a", Pos: [2]int{1, 2}}] == "")

	anyKeys := map[any]int{1: 1, "1": 2, 1.0: 3, [1]int{1}: 4, Point{1, 0}: 5, true: 6}
	fmt.Println(len(anyKeys), anyKeys[1], anyKeys[1.0], anyKeys[[1]int{1}], anyKeys[Point{X: 1}], anyKeys[int8(1)])

	p1, p2 := &Point{1, 1}, &Point{1, 1}
	ptrs := map[*Point]int{p1: 1, p2: 2}
	vals := map[Point]int{*p1: 1, *p2: 2}
	fmt.Println(len(ptrs), len(vals), p1 == p2, *p1 == *p2, vals[Point{1, 1}])

	nan := math.NaN()
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	fm[math.Copysign(0, -1)] = 4
	_, found := fm[nan]
	fmt.Println(len(fm), found, fm[0])
	delete(fm, nan)
	fmt.Println(len(fm))
	clear(fm)
	fmt.Println(len(fm))

	edges := map[[2]string]int{}
	for _, e := range [][2]string{{"b", "a"}, {"a", "b"}, {"c", "a"}, {"b", "c"}, {"a", "c"}} {
		edges[edgeKey(e[0], e[1])]++
	}
	var ks [][2]string
	for k := range edges {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(x, y [2]string) int { return strings.Compare(x[0]+x[1], y[0]+y[1]) })
	for _, k := range ks {
		fmt.Print(k, "=", edges[k], " ")
	}
	fmt.Println()

	fmt.Println(paths(2, 2), paths(10, 10), paths(16, 16), len(memo))

	seen := map[state]int{}
	s0 := state{pos: Point{1, 1}}
	s1 := s0
	s1.keys[2] = true
	seen[s0] = 1
	seen[s1] = 2
	s2 := state{Point{1, 1}, [3]bool{false, false, true}, 0}
	fmt.Println(len(seen), seen[s2], s1 == s2, s0 != s1)

	type pair struct {
		a, b interface{}
	}
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, nil} == pair{1, nil}, pair{[2]int{}, 0} == pair{[2]int{}, 0})
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(pair{[]int{1}, 0} == pair{[]int{1}, 0})
}
