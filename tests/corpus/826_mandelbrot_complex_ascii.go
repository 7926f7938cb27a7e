//go:build ignore

// ASCII pictures from numbers: the Mandelbrot set with complex128 and
// math/cmplx, a Sierpinski triangle by Pascal parity, a spiral matrix,
// an odd magic square (Siamese method) checked by value, and the roots
// of unity printed with %v and %.3f of complex numbers.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

//cell

const shades = " .:-=+*#%@"

func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

func mandelbrot(w, h int) []string {
	rows := make([]string, 0, h)
	for y := 0; y < h; y++ {
		var sb strings.Builder
		for x := 0; x < w; x++ {
			c := complex(-2.2+3.0*float64(x)/float64(w), -1.2+2.4*float64(y)/float64(h))
			n := escape(c, 30)
			sb.WriteByte(shades[n*(len(shades)-1)/30])
		}
		rows = append(rows, strings.TrimRight(sb.String(), " "))
	}
	return rows
}

//cell

func sierpinski(order int) []string {
	size := 1 << order
	lines := make([]string, size)
	row := []int{1}
	for i := 0; i < size; i++ {
		var sb strings.Builder
		sb.WriteString(strings.Repeat(" ", size-i-1))
		for _, v := range row {
			if v%2 == 1 {
				sb.WriteString("* ")
			} else {
				sb.WriteString("  ")
			}
		}
		lines[i] = strings.TrimRight(sb.String(), " ")
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for j := 1; j < len(row); j++ {
			next[j] = (row[j-1] + row[j]) % 2
		}
		row = next
	}
	return lines
}

type Grid [][]int

func spiral(n int) Grid {
	g := make(Grid, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	dr, dc := [4]int{0, 1, 0, -1}, [4]int{1, 0, -1, 0}
	r, c, d := 0, 0, 0
	for k := 0; k < n*n; k++ {
		g[r][c] = k
		nr, nc := r+dr[d], c+dc[d]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || (g[nr][nc] != 0 || (nr == 0 && nc == 0)) {
			d = (d + 1) % 4
			nr, nc = r+dr[d], c+dc[d]
		}
		r, c = nr, nc
	}
	return g
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

//cell

type Magic [5][5]int

func siamese() Magic {
	var m Magic
	n := len(m)
	r, c := 0, n/2
	for k := 1; k <= n*n; k++ {
		m[r][c] = k
		nr, nc := (r-1+n)%n, (c+1)%n
		if m[nr][nc] != 0 {
			nr, nc = (r+1)%n, c
		}
		r, c = nr, nc
	}
	return m
}

func (m Magic) sums() (rows, cols [5]int, d1, d2 int) {
	for i := range m {
		for j := range m[i] {
			rows[i] += m[i][j]
			cols[j] += m[i][j]
		}
		d1 += m[i][i]
		d2 += m[i][len(m)-1-i]
	}
	return
}

//cell

func main() {
	for _, line := range mandelbrot(60, 20) {
		fmt.Println(line)
	}
	for _, line := range sierpinski(4) {
		fmt.Println(line)
	}
	fmt.Print(spiral(5))
	m := siamese()
	rows, cols, d1, d2 := m.sums()
	fmt.Println(rows, cols, d1, d2)
	copyM := m
	copyM[0][0] = 99
	fmt.Println(m == siamese(), copyM == m, m[0], copyM[0])

	for k := 0; k < 6; k++ {
		w := cmplx.Rect(1, 2*math.Pi*float64(k)/6)
		fmt.Printf("%.3f |w|=%.2f phase=%6.1f°\n", w, cmplx.Abs(w), cmplx.Phase(w)*180/math.Pi)
	}
	z := complex(3, 4)
	fmt.Println(z, real(z), imag(z), cmplx.Conj(z), z*z, cmplx.Sqrt(-1))
	var c64 complex64 = complex64(z) / 2
	fmt.Printf("%v %T %g\n", c64, c64, cmplx.Exp(complex(0, math.Pi)))
}
