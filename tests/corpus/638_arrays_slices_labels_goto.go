//go:build ignore

// Arrays and structs copied as values, maps of structs and of pointers,
// append growth with len and cap, three-index slices, multiple assignment,
// labeled loops, fallthrough and goto.
package main

import (
	"fmt"
)

type Point struct{ X, Y int }

type Grid [3][3]int

func bump(g Grid) Grid { g[1][1]++; return g }

func bumpP(g *Grid) { g[1][1] += 10 }

var g Grid

type Line struct {
	A, B Point
	Tags []string
}

func step1() {
	g2 := g
	g2[0][0] = 5
	g3 := bump(g2)
	bumpP(&g3)
	fmt.Println(g, g2, g3, g == Grid{}, g2 == g3)
	arr := [...]string{2: "c", 0: "a"}
	cp := arr
	cp[1] = "B"
	fmt.Println(len(arr), arr, cp, fmt.Sprintf("%q", arr))
	pts := map[string]Point{"a": {1, 2}}
	p := pts["a"]
	p.X = 99
	fmt.Println(pts, p)
	pp := map[string]*Point{"a": {1, 2}}
	pp["a"].Y = 7
	fmt.Println(*pp["a"], len(pp))

	l1 := Line{Point{0, 0}, Point{1, 1}, []string{"x"}}
	l2 := l1
	l2.A.X = 5
	l2.Tags[0] = "shared"
	fmt.Printf("%+v\n%+v\n", l1, l2)
}

//cell

func step2() {
	s := make([]int, 0, 2)
	for i := range 9 {
		s = append(s, i)
		fmt.Printf("%d:%d/%d ", i, len(s), cap(s))
	}
	fmt.Println()
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(len(b), cap(b), b)
	b = append(b, 40)
	fmt.Println(a, b)
	c := a[1:3:3]
	c = append(c, 50)
	c[0] = -2
	fmt.Println(a, c, len(c), cap(c))
	var ns []int
	fmt.Println(ns == nil, len(ns), cap(ns), ns)
	ns = append(ns[:0], a[3:]...)
	fmt.Println(ns, a[len(a)-1:], a[:0] == nil)
	x, y := 1, 2
	x, y = y, x+y
	a[0], a[1] = a[1], a[0]
	i := 0
	i, a[i] = 2, 100
	fmt.Println(x, y, a, i)
}

//cell

func step3() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := Point{-1, -1}
outer:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				found = Point{r, c}
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println("found", found)
	for n := 0; n < 6; n++ {
		switch {
		case n == 0:
			fmt.Print("zero ")
			fallthrough
		case n%2 == 1:
			fmt.Print("odd-or-fell ")
		case n == 4:
			fmt.Print("four ")
			fallthrough
		default:
			fmt.Print("default ")
		}
	}
	fmt.Println()
	k := 0
loop:
	if k < 3 {
		fmt.Print("k", k, " ")
		k++
		goto loop
	}
	fmt.Println()
}

//cell

func main() {
	step1()
	step2()
	step3()
}
