//go:build ignore

// Matrix operations as a notebook builds them up: a Matrix type of
// [][]float64 with a Stringer aligned by fmt widths, multiplication,
// transpose, identity, Gaussian elimination with partial pivoting for
// determinants and inverses, an error type for singular matrices, a
// generic fixed-size Mat2 over a Number constraint, and fast
// exponentiation for Fibonacci numbers.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

//cell

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int { return len(m[0]) }

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			if v == 0 {
				v = 0 // no -0 in output
			}
			fmt.Fprintf(&b, "%7.3f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

//cell

type DimError struct{ A, B [2]int }

func (e *DimError) Error() string {
	return fmt.Sprintf("dimension mismatch: %dx%d * %dx%d", e.A[0], e.A[1], e.B[0], e.B[1])
}

var ErrSingular = errors.New("matrix is singular")

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, &DimError{[2]int{m.Rows(), m.Cols()}, [2]int{o.Rows(), o.Cols()}}
	}
	out := New(m.Rows(), o.Cols())
	for i := range out {
		for j := range out[i] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out, nil
}

func (m Matrix) T() Matrix {
	t := New(m.Cols(), m.Rows())
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

//cell

// gauss reduces a copy of m augmented with aug; it returns the
// determinant and the reduced augmented part.
func gauss(m, aug Matrix) (det float64, x Matrix, err error) {
	a, b := m.Clone(), aug.Clone()
	n := a.Rows()
	det = 1
	for col := 0; col < n; col++ {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		if math.Abs(a[p][col]) < 1e-12 {
			return 0, nil, fmt.Errorf("pivot %d: %w", col, ErrSingular)
		}
		if p != col {
			a[p], a[col] = a[col], a[p]
			b[p], b[col] = b[col], b[p]
			det = -det
		}
		det *= a[col][col]
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := a[r][col] / a[col][col]
			for k := col; k < n; k++ {
				a[r][k] -= f * a[col][k]
			}
			for k := range b[r] {
				b[r][k] -= f * b[col][k]
			}
		}
	}
	for r := 0; r < n; r++ {
		for k := range b[r] {
			b[r][k] /= a[r][r]
		}
	}
	return det, b, nil
}

func (m Matrix) Inverse() (Matrix, error) {
	_, inv, err := gauss(m, Identity(m.Rows()))
	return inv, err
}

func round(m Matrix) Matrix {
	for _, row := range m {
		for j := range row {
			row[j] = math.Round(row[j]*1e9) / 1e9
		}
	}
	return m
}

//cell

type Number interface {
	~int | ~int64 | ~float64 | ~uint64
}

type Mat2[T Number] [2][2]T

func (a Mat2[T]) Mul(b Mat2[T]) Mat2[T] {
	var c Mat2[T]
	for i := range 2 {
		for j := range 2 {
			c[i][j] = a[i][0]*b[0][j] + a[i][1]*b[1][j]
		}
	}
	return c
}

func Pow[T Number](m Mat2[T], n int) Mat2[T] {
	r := Mat2[T]{{1, 0}, {0, 1}}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = r.Mul(m)
		}
		m = m.Mul(m)
	}
	return r
}

var a = Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}

//cell

func main() {
	fmt.Print(a)
	fmt.Print(a.T())
	p, err := a.Mul(Identity(3))
	fmt.Println(err, p[1][0])
	_, err = a.Mul(New(2, 2))
	var de *DimError
	fmt.Println(err, errors.As(err, &de), de.B)

	det, x, err := gauss(a, Matrix{{8}, {-11}, {-3}})
	fmt.Printf("det=%.3f x=%v err=%v\n", det, round(x).T()[0], err)
	inv, _ := a.Inverse()
	fmt.Print(round(inv))
	id, _ := a.Mul(inv)
	fmt.Print(round(id))

	sing := Matrix{{1, 2}, {2, 4}}
	_, err = sing.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))

	fib := Pow(Mat2[uint64]{{1, 1}, {1, 0}}, 90)
	fmt.Println(fib[0][1])
	type Score int
	s := Pow(Mat2[Score]{{2, 0}, {0, 3}}, 5)
	fmt.Printf("%v %T\n", s, s[0][0])
	fm := Pow(Mat2[float64]{{0.5, 0.5}, {0.25, 0.75}}, 50)
	fmt.Printf("%.6f %.6f\n", fm[0][0], fm[0][1])
}
