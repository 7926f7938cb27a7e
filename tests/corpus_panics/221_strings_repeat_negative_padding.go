//go:build ignore

// Right-aligning a column with strings.Repeat panics when a value is
// wider than the column.
package main

import (
	"fmt"
	"strings"
)

//cell

func pad(s string, width int) string {
	return strings.Repeat(" ", width-len(s)) + s
}

func table(rows [][2]string, width int) {
	for _, r := range rows {
		fmt.Println(pad(r[0], width) + " | " + pad(r[1], width))
	}
}

//cell

func main() {
	table([][2]string{{"id", "name"}, {"1", "ann"}}, 5)
	table([][2]string{{"2", "bartholomew"}}, 5)
}
