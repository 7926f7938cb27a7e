//go:build ignore

// Package-level variables initialized from those of earlier cells.
package main

import (
	"fmt"
	"strings"
)

type point struct{ X, Y int }

var dataset = []int{7, 8, 9}
var origin = point{1, 2}
var words = strings.Fields("the quick brown fox")

//cell

var first = dataset[0]
var total = len(dataset) + origin.X
var shifted = point{origin.X + 10, origin.Y}
var longest = func() string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}()

//cell

var summary = fmt.Sprintf("%d %d %v %s", first, total, shifted, longest)

//cell

func main() {
	fmt.Println(first, total, shifted, longest)
	fmt.Println(summary)
}
