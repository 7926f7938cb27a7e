//go:build ignore

// Composite literals: keyed array and slice elements (`[...]T{5: x}`
// sizes the array by its largest index), constant keys, elided element
// types in nested literals (including &T elided to {...}), map literals
// with struct keys, and each evaluation of a literal making a new value.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Tags     []string
}

const (
	Red = iota
	Green
	Blue
)

var colorNames = [...]string{Blue: "blue", Red: "red", Green: "green"}

//cell

var sparse = [...]int{5: 50, 2: 20, 30, 7: 70}
var grid = [2][3]int{{1, 2, 3}, 1: {2: 6}}
var keyedByConst = map[int]string{Red * 10: "r", Blue * 10: "b"}

//cell

func newPoint() *Point { return &Point{} }

func literals() {
	pts := []*Point{{1, 2}, {X: 3}, nil}
	for _, p := range pts {
		if p == nil {
			fmt.Print("nil ")
			continue
		}
		fmt.Print(*p, " ")
	}
	fmt.Println()

	byName := map[string]Point{"o": {}, "a": {1, 1}}
	byPoint := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	pm := map[Point]*Line{{1, 1}: {From: Point{1, 1}, Tags: []string{"x"}}}
	fmt.Println(byName["a"], byPoint[Point{1, 0}], pm[Point{1, 1}].Tags, len(byPoint))

	nested := [][]Point{{{1, 2}, {3, 4}}, {}, nil, {{Y: 9}}}
	fmt.Println(nested, len(nested[1]), nested[1] == nil, nested[2] == nil)

	arrOfMaps := [2]map[string]int{{"a": 1}, {}}
	arrOfMaps[1]["b"] = 2
	fmt.Println(arrOfMaps)

	lines := []Line{{From: Point{0, 0}, To: Point{1, 1}}, {Tags: []string{"t"}}}
	fmt.Printf("%+v\n", lines)

	a, b := newPoint(), newPoint()
	fmt.Println(a == b, *a == *b)

	anon := []struct {
		Name string
		Age  int
	}{{"ann", 30}, {Name: "bob"}}
	fmt.Printf("%v %+v\n", anon, anon[1])

	keyed := []string{3: "d", 1: "b"}
	fmt.Printf("%q %d\n", keyed, len(keyed))

	fns := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	keys := make([]string, 0, len(fns))
	for k := range fns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", fns[k](7), " ")
	}
	fmt.Println()
}

//cell

func main() {
	fmt.Println(len(colorNames), colorNames)
	fmt.Println(len(sparse), sparse)
	fmt.Println(grid, keyedByConst)
	literals()

	var ps []*Point
	for i := 0; i < 3; i++ {
		ps = append(ps, &Point{i, i * i})
	}
	ps[0].X = 100
	fmt.Println(*ps[0], *ps[1], *ps[2])

	mat := [3][3]int{1: {1: 5}, 2: {2, 2: 9}}
	fmt.Println(mat)
	id := [...][2]string{{"a", "b"}, {1: "z"}}
	fmt.Printf("%q %T\n", id, id)
	fmt.Println(len([...]byte{'a', 10: 'b'}), [...]bool{3: true})
	ptrArr := &[...]int{1, 2, 3}
	for i := range ptrArr {
		ptrArr[i] *= 10
	}
	fmt.Println(*ptrArr, len(ptrArr))
	sl := []int{9: 1}[8:]
	fmt.Println(sl, len(sl), cap(sl))
}
