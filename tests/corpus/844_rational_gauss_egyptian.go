//go:build ignore

// Exact arithmetic with math/big.Rat: Gaussian elimination solving a
// linear system and inverting a matrix without rounding, the determinant
// by the product of pivots, continued fractions of a rational and of
// sqrt(2)'s convergents, Egyptian fractions by the greedy method, and a
// Stern-Brocot search for the simplest fraction in an interval.
package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

//cell

type Mat [][]*big.Rat

func NewMat(rows [][]int64) Mat {
	m := make(Mat, len(rows))
	for i, r := range rows {
		m[i] = make([]*big.Rat, len(r))
		for j, v := range r {
			m[i][j] = big.NewRat(v, 1)
		}
	}
	return m
}

func (m Mat) String() string {
	var sb strings.Builder
	for _, r := range m {
		cells := make([]string, len(r))
		for j, v := range r {
			cells[j] = fmt.Sprintf("%6s", v.RatString())
		}
		sb.WriteString(strings.Join(cells, " ") + "\n")
	}
	return sb.String()
}

var ErrSingular = errors.New("singular matrix")

// augmented reduces [m | rhs] to [I | x] and returns x and det(m).
func solve(m Mat, rhs Mat) (Mat, *big.Rat, error) {
	n := len(m)
	a := make(Mat, n)
	for i := range m {
		a[i] = make([]*big.Rat, 0, n+len(rhs[i]))
		for _, v := range append(m[i], rhs[i]...) {
			a[i] = append(a[i], new(big.Rat).Set(v))
		}
	}
	det := big.NewRat(1, 1)
	for col := 0; col < n; col++ {
		p := -1
		for r := col; r < n; r++ {
			if a[r][col].Sign() != 0 {
				p = r
				break
			}
		}
		if p < 0 {
			return nil, new(big.Rat), ErrSingular
		}
		if p != col {
			a[p], a[col] = a[col], a[p]
			det.Neg(det)
		}
		piv := new(big.Rat).Set(a[col][col])
		det.Mul(det, piv)
		for j := range a[col] {
			a[col][j].Quo(a[col][j], piv)
		}
		for r := 0; r < n; r++ {
			if r == col || a[r][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(a[r][col])
			for j := range a[r] {
				t := new(big.Rat).Mul(f, a[col][j])
				a[r][j].Sub(a[r][j], t)
			}
		}
	}
	x := make(Mat, n)
	for i := range a {
		x[i] = a[i][n:]
	}
	return x, det, nil
}

//cell

func continued(r *big.Rat) []int64 {
	var terms []int64
	num, den := new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom())
	for den.Sign() != 0 {
		q, m := new(big.Int).DivMod(num, den, new(big.Int))
		terms = append(terms, q.Int64())
		num, den = den, m
	}
	return terms
}

func egyptian(r *big.Rat) []string {
	var parts []string
	rest := new(big.Rat).Set(r)
	for rest.Sign() > 0 {
		// the smallest d with 1/d <= rest: ceil(den/num)
		d := new(big.Int).Add(rest.Denom(), rest.Num())
		d.Sub(d, big.NewInt(1))
		d.Quo(d, rest.Num())
		parts = append(parts, "1/"+d.String())
		rest.Sub(rest, new(big.Rat).SetFrac(big.NewInt(1), d))
	}
	return parts
}

func simplestBetween(lo, hi *big.Rat) *big.Rat {
	a, b, c, d := int64(0), int64(1), int64(1), int64(0)
	for {
		m := big.NewRat(a+c, b+d)
		switch {
		case m.Cmp(lo) <= 0:
			a, b = a+c, b+d
		case m.Cmp(hi) >= 0:
			c, d = a+c, b+d
		default:
			return m
		}
	}
}

//cell

func main() {
	m := NewMat([][]int64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}})
	b := NewMat([][]int64{{8}, {-11}, {-3}})
	x, det, err := solve(m, b)
	fmt.Print(x)
	fmt.Println("det", det.RatString(), err)

	h := Mat{}
	for i := 0; i < 3; i++ {
		var row []*big.Rat
		for j := 0; j < 3; j++ {
			row = append(row, big.NewRat(1, int64(i+j+1)))
		}
		h = append(h, row)
	}
	id := NewMat([][]int64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
	inv, det, _ := solve(h, id)
	fmt.Print("hilbert:\n", h, "inverse:\n", inv)
	fmt.Println("det", det, det.FloatString(8))
	_, _, err = solve(NewMat([][]int64{{1, 2}, {2, 4}}), NewMat([][]int64{{1}, {2}}))
	fmt.Println(err, errors.Is(err, ErrSingular))

	fmt.Println(continued(big.NewRat(415, 93)), continued(big.NewRat(-7, 3)))
	conv := big.NewRat(1, 1)
	for i := 0; i < 8; i++ {
		conv.Add(big.NewRat(1, 1), new(big.Rat).Inv(new(big.Rat).Add(big.NewRat(1, 1), conv)))
		f, _ := conv.Float64()
		fmt.Printf("%s≈%.8f ", conv, f)
	}
	fmt.Println()
	for _, r := range []*big.Rat{big.NewRat(4, 13), big.NewRat(6, 7), big.NewRat(5, 121)} {
		fmt.Println(r, "=", strings.Join(egyptian(r), " + "))
	}
	lo, _ := new(big.Rat).SetString("0.3141")
	hi, _ := new(big.Rat).SetString("0.3142")
	fmt.Println(simplestBetween(lo, hi), simplestBetween(big.NewRat(1, 3), big.NewRat(1, 2)))
	q := new(big.Rat).SetFloat64(0.1)
	fmt.Println(q, q.IsInt(), new(big.Rat).SetFrac64(10, 4), big.NewRat(3, 1).IsInt())
}
