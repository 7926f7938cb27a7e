//go:build ignore

// Converting a slice to a fixed-size array in a generic-free helper
// panics when the slice is shorter.
package main

import "fmt"

//cell

type RGB [3]uint8

func parse(b []uint8) RGB {
	return RGB(b)
}

func palette(raw [][]uint8) []RGB {
	var out []RGB
	for _, b := range raw {
		out = append(out, parse(b))
	}
	return out
}

//cell

func main() {
	fmt.Println(palette([][]uint8{{1, 2, 3}, {4, 5, 6}}))
	fmt.Println(palette([][]uint8{{7, 8}}))
}
