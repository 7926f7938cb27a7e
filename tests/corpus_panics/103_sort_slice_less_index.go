//go:build ignore

// A sort.Slice less function indexing past a row's end.
package main

import (
	"fmt"
	"sort"
)

//cell

type Row []int

func sortRows(rows []Row, col int) {
	sort.Slice(rows, func(i, j int) bool {
		return rows[i][col] < rows[j][col]
	})
}

//cell

func main() {
	rows := []Row{{3, 1}, {1}, {2, 2}}
	sortRows(rows, 0)
	fmt.Println(rows)
	sortRows(rows, 1)
}
