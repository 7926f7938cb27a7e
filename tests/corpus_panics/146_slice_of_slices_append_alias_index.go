//go:build ignore

// An index past a row shortened through an alias.
package main

import (
	"fmt"
)

//cell

func trim(rows [][]int) {
	for i := range rows {
		rows[i] = rows[i][:len(rows[i])-1]
	}
}

func last(rows [][]int) []int {
	out := []int{}
	for _, r := range rows {
		out = append(out, r[len(r)-1])
	}
	return out
}

//cell

func main() {
	rows := [][]int{{1, 2}, {3}}
	fmt.Println(last(rows))
	trim(rows)
	fmt.Println(rows)
	fmt.Println(last(rows))
}
