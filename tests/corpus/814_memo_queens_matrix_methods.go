//go:build ignore

// Recursion and matrices: a memoized Fibonacci closure over a map,
// permutations, n-queens counting solutions with a nested closure and
// drawing one, and a Matrix type over [][]float64 with Mul, T and String
// methods, an identity matrix and a recursive determinant.
package main

import (
	"fmt"
	"strings"
)

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			count++
			if first == nil {
				first = append([]int{}, cols...)
			}
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row; r++ {
				if cols[r] == c || cols[r]-c == r-row || cols[r]-c == row-r {
					ok = false
					break
				}
			}
			if ok {
				cols[row] = c
				place(row + 1)
			}
		}
	}
	place(0)
	return
}

//cell

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

//cell

func main() {
	memo := map[int]int{}
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), len(memo))

	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	for n := 4; n <= 8; n++ {
		c, f := queens(n)
		fmt.Printf("n=%d solutions=%-3d first=%v\n", n, c, f)
	}
	_, board := queens(6)
	for _, c := range board {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1))
	}

	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := a.T()
	fmt.Print(a.Mul(b))
	fmt.Println(b)
	id := NewMatrix(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	fmt.Printf("%v|%d|%v\n", a.Mul(id), len(id), [][]float64(id))
	// determinant by recursion
	var det func(m Matrix) float64
	det = func(m Matrix) float64 {
		if len(m) == 1 {
			return m[0][0]
		}
		s, sign := 0.0, 1.0
		for c := range m {
			sub := Matrix{}
			for _, row := range m[1:] {
				r := append([]float64{}, row[:c]...)
				sub = append(sub, append(r, row[c+1:]...))
			}
			s += sign * m[0][c] * det(sub)
			sign = -sign
		}
		return s
	}
	fmt.Println(det(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}), det(a.Mul(b)), fib(10))
}
