//go:build ignore

// A table of rows cut into pages by a helper that slices a row with
// bounds from a page size: the last page asks past a row's capacity,
// and the slice of the indexed row panics with Go's message, after the
// row's index was checked, with the helper's frame and main's.
package main

import "fmt"

type Table [][]string

func (t Table) Page(row, page, size int) []string {
	lo := page * size
	return t[row][lo : lo+size]
}

//cell

func main() {
	t := Table{
		{"a", "b", "c", "d"},
		{"e", "f", "g", "h", "i", "j"},
	}
	fmt.Println(t.Page(1, 1, 3), t.Page(0, 0, 2))
	for p := 0; p < 3; p++ {
		fmt.Println("page", p, t.Page(0, p, 2))
	}
}
