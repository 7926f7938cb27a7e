//go:build ignore

// A small matrix toolkit on [][]float64: row windows m[i][lo:hi],
// column slices, sub-matrices, a moving average over each row, and a
// safe accessor that recovers out-of-range windows and reports Go's
// messages (slice bounds out of range with capacity, index out of range).
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(rows, cols int, f func(i, j int) float64) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%5.1f", v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

//cell

func (m Matrix) Sub(r0, r1, c0, c1 int) Matrix {
	out := make(Matrix, 0, r1-r0)
	for i := r0; i < r1; i++ {
		out = append(out, m[i][c0:c1])
	}
	return out
}

func (m Matrix) Window(i, lo, hi int) (w []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("window %d[%d:%d]: %v", i, lo, hi, r)
		}
	}()
	w = m[i][lo:hi]
	return
}

func movingAvg(row []float64, k int) []float64 {
	var out []float64
	for s := 0; s+k <= len(row); s++ {
		sum := 0.0
		for _, v := range row[s : s+k] {
			sum += v
		}
		out = append(out, sum/float64(k))
	}
	return out
}

//cell

func main() {
	m := New(4, 5, func(i, j int) float64 { return float64(i*10 + j) })
	fmt.Print(m)
	fmt.Print("sub:\n", m.Sub(1, 3, 2, 5))
	for i := range m {
		fmt.Println(i, movingAvg(m[i][1:], 2))
	}
	tail := m[3][2:]
	tail[0] = -1
	fmt.Println("shared:", m[3][2], len(tail), cap(m[2][1:3]))
	for _, q := range [][3]int{{0, 1, 4}, {2, 3, 9}, {1, 4, 2}, {7, 0, 1}, {3, -1, 2}, {3, 0, 5}} {
		w, err := m.Window(q[0], q[1], q[2])
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println("window", q, w)
	}
	words := []string{"alpha", "beta", "gamma"}
	for i := range words {
		fmt.Print(words[i][:2], words[i][len(words[i])-1:], " ")
	}
	fmt.Println()
}
