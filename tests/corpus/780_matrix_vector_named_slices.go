//go:build ignore

// Matrix and vector helpers on named slice types with methods: Vec
// (a []float64) with Dot, Norm, Add and a String method, Matrix
// ([]Vec) with Mul, Transpose, MulVec and an identity constructor, a
// power by repeated squaring (Fibonacci numbers), a 2x2 rotation, and
// Gauss–Jordan inversion that returns a wrapped error for a singular
// matrix.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

//cell

type Vec []float64

func (v Vec) Dot(w Vec) float64 {
	s := 0.0
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec) Norm() float64 { return math.Sqrt(v.Dot(v)) }

func (v Vec) Add(w Vec) Vec {
	out := make(Vec, len(v))
	for i := range v {
		out[i] = v[i] + w[i]
	}
	return out
}

func (v Vec) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		if math.Abs(x) < 1e-12 {
			x = 0
		}
		parts[i] = fmt.Sprintf("%7.3f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Matrix []Vec

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make(Vec, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Transpose() Matrix {
	t := make(Matrix, len(m[0]))
	for j := range t {
		t[j] = make(Vec, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) Mul(o Matrix) Matrix {
	ot := o.Transpose()
	out := make(Matrix, len(m))
	for i, row := range m {
		out[i] = make(Vec, len(ot))
		for j, col := range ot {
			out[i][j] = row.Dot(col)
		}
	}
	return out
}

func (m Matrix) MulVec(v Vec) Vec {
	out := make(Vec, len(m))
	for i, row := range m {
		out[i] = row.Dot(v)
	}
	return out
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, r := range m {
		b.WriteString(r.String())
		b.WriteByte('\n')
	}
	return b.String()
}

//cell

func (m Matrix) Pow(k int) Matrix {
	result := Identity(len(m))
	base := m
	for k > 0 {
		if k&1 == 1 {
			result = result.Mul(base)
		}
		base = base.Mul(base)
		k >>= 1
	}
	return result
}

var ErrSingular = errors.New("singular matrix")

func (m Matrix) Inverse() (Matrix, error) {
	n := len(m)
	a := make(Matrix, n)
	for i := range m {
		a[i] = append(append(Vec{}, m[i]...), Identity(n)[i]...)
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil, fmt.Errorf("inverse of %dx%d at column %d: %w", n, n, c, ErrSingular)
		}
		a[c], a[p] = a[p], a[c]
		piv := a[c][c]
		for j := range a[c] {
			a[c][j] /= piv
		}
		for r := range a {
			if r != c {
				f := a[r][c]
				for j := range a[r] {
					a[r][j] -= f * a[c][j]
				}
			}
		}
	}
	inv := make(Matrix, n)
	for i := range a {
		inv[i] = a[i][n:]
	}
	return inv, nil
}

//cell

func main() {
	v, w := Vec{3, 4, 0}, Vec{1, -2, 2}
	fmt.Println(v, w, v.Add(w))
	fmt.Printf("dot=%g |v|=%g |w|=%g\n", v.Dot(w), v.Norm(), w.Norm())
	norm := Vec.Norm
	fmt.Printf("%.4f\n", norm(v.Add(w)))

	fib := Matrix{{1, 1}, {1, 0}}
	for _, k := range []int{1, 10, 30} {
		fmt.Printf("F(%d) = %.0f\n", k, fib.Pow(k)[0][1])
	}
	th := math.Pi / 6
	rot := Matrix{{math.Cos(th), -math.Sin(th)}, {math.Sin(th), math.Cos(th)}}
	fmt.Print(rot.Pow(3))
	fmt.Println(rot.Pow(12).MulVec(Vec{1, 0}))

	a := Matrix{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}}
	inv, err := a.Inverse()
	fmt.Print(inv, err, "\n")
	fmt.Print(a.Mul(inv))
	_, err = Matrix{{1, 2}, {2, 4}}.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))
	fmt.Println(len(a.Transpose()), a.Transpose()[0])
}
