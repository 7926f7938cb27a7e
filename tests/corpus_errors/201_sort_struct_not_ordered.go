//go:build ignore

// slices.Sort of a struct type, which has no order.
package main

import (
	"fmt"
	"slices"
)

//cell

type Point struct{ X, Y int }

var pts = []Point{{3, 1}, {1, 2}}

//cell

func sorted() []Point {
	out := slices.Clone(pts)
	slices.Sort(out)
	return out
}

//cell

func main() {
	fmt.Println(sorted())
}
