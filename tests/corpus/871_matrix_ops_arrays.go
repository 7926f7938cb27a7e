//go:build ignore

// Matrix operations: fixed-size [3][3]float64 arrays as values (copied
// on assignment, compared with ==), a slice-of-slices Matrix type with
// Mul, Transpose and an identity, integer matrix power for Fibonacci
// numbers, a determinant by cofactor expansion, Gaussian elimination,
// spiral order and in-place rotation of a square grid.
package main

import (
	"fmt"
	"strings"
)

//cell

type Mat3 [3][3]float64

func (a Mat3) Mul(b Mat3) Mat3 {
	var c Mat3
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat3) T() Mat3 {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

type Matrix [][]int

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	c := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Matrix) Pow(n int) Matrix {
	res := Identity(len(a))
	for n > 0 {
		if n&1 == 1 {
			res = res.Mul(a)
		}
		a = a.Mul(a)
		n >>= 1
	}
	return res
}

func (a Matrix) String() string {
	var b strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%4d", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

//cell

func det(m [][]float64) float64 {
	if len(m) == 1 {
		return m[0][0]
	}
	total, sign := 0.0, 1.0
	for c := range m[0] {
		minor := make([][]float64, 0, len(m)-1)
		for _, row := range m[1:] {
			r := append(append([]float64{}, row[:c]...), row[c+1:]...)
			minor = append(minor, r)
		}
		total += sign * m[0][c] * det(minor)
		sign = -sign
	}
	return total
}

func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if abs(a[r][col]) > abs(a[piv][col]) {
				piv = r
			}
		}
		a[col], a[piv] = a[piv], a[col]
		b[col], b[piv] = b[piv], b[col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
			b[r] -= f * b[col]
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := b[i]
		for j := i + 1; j < n; j++ {
			s -= a[i][j] * x[j]
		}
		x[i] = s / a[i][i]
	}
	return x
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func spiral(g [][]int) []int {
	var out []int
	top, bot, left, right := 0, len(g)-1, 0, len(g[0])-1
	for top <= bot && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, g[top][c])
		}
		top++
		for r := top; r <= bot; r++ {
			out = append(out, g[r][right])
		}
		right--
		if top <= bot {
			for c := right; c >= left; c-- {
				out = append(out, g[bot][c])
			}
			bot--
		}
		if left <= right {
			for r := bot; r >= top; r-- {
				out = append(out, g[r][left])
			}
			left++
		}
	}
	return out
}

func rotate(g [][]int) {
	n := len(g)
	for i := range n {
		for j := i + 1; j < n; j++ {
			g[i][j], g[j][i] = g[j][i], g[i][j]
		}
	}
	for _, row := range g {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

//cell

func main() {
	rot := Mat3{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}
	id := Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(rot.Mul(rot.T()) == id, rot.Mul(rot) == id)
	four := rot
	for range 3 {
		four = four.Mul(rot)
	}
	fmt.Println(four == id, rot[0][1], four[0])
	copyRot := rot
	copyRot[2][2] = 5
	fmt.Println(rot[2][2], copyRot[2], rot != copyRot)

	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 30, 50} {
		fmt.Print(fib.Pow(n)[0][1], " ")
	}
	fmt.Println()
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(b.Mul(a))

	fmt.Println(det([][]float64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}))
	fmt.Println(det([][]float64{{1, 2, 3, 4}, {5, 6, 7, 8}, {2, 6, 4, 8}, {3, 1, 1, 2}}))
	x := solve([][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}, []float64{8, -11, -3})
	fmt.Printf("%.4f\n", x)

	g := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(g))
	sq := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(sq)
	fmt.Println(sq, spiral(sq))

	var grid [4][5]byte
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
			if (i+j)%3 == 0 {
				grid[i][j] = '#'
			}
		}
	}
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	seen := map[[2]int]bool{}
	for i, row := range grid {
		for j, c := range row {
			if c == '#' {
				seen[[2]int{i, j}] = true
			}
		}
	}
	fmt.Println(len(seen), seen[[2]int{3, 3}], seen[[2]int{1, 1}])
}
