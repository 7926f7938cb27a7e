//go:build ignore

// An index past the end through a pointer to an array.
package main

import (
	"fmt"
)

//cell

type Board [3][3]byte

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

//cell

func main() {
	var b Board
	for i := range 3 {
		b.Set(i, i, 88)
	}
	fmt.Println(b[1])
	b.Set(1, 3, 79)
}
