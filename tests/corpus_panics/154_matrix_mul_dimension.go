//go:build ignore

// A matrix product of mismatched shapes indexing past a row.
package main

import (
	"fmt"
)

//cell

type Matrix [][]float64

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range a[i] {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

//cell

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	fmt.Println(a.Mul(Matrix{{1}, {1}}))
	fmt.Println(a.Mul(Matrix{{1, 0}}))
}
