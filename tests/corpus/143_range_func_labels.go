//go:build ignore

// Labeled break and continue out of range-over-func loops.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

//cell

func firstSquareOver(limit int, rows [][]int) (int, int) {
	for r, row := range rows {
		for v := range slices.Values(row) {
			if v*v > limit {
				return r, v
			}
		}
	}
	return -1, -1
}

//cell

func main() {
	grid := [][]int{{1, 2}, {3, 4, 5}, {6}}
Rows:
	for r, row := range grid {
		for i, v := range slices.All(row) {
			if v == 4 {
				fmt.Println("skip the rest of row", r)
				continue Rows
			}
			if v == 6 {
				fmt.Println("stop at", r, i)
				break Rows
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
Own:
	for i, sq := range pairs(10) {
		if i%2 == 1 {
			continue Own
		}
		if sq > 30 {
			break Own
		}
		fmt.Print(sq, " ")
	}
	fmt.Println()
	fmt.Println(firstSquareOver(10, grid))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	count := 0
Outer:
	for range 3 {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if k == "b" {
				continue Outer
			}
			count += m[k]
		}
	}
	fmt.Println(count)
}
