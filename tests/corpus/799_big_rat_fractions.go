//go:build ignore

// Exact arithmetic in a notebook: a Fraction wrapper around *big.Rat
// with methods in one cell, harmonic numbers and Egyptian fractions,
// Rat parsing from "3/4" and "0.125" and "1e-3", FloatString rounding,
// SetFrac with a negative denominator, big.Int factorials and GCD, and
// big.Float at a chosen precision; a continued fraction function with
// a sign bug fixed in a later cell.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

type Fraction struct{ r *big.Rat }

func F(a, b int64) Fraction { return Fraction{big.NewRat(a, b)} }

func (f Fraction) Add(g Fraction) Fraction { return Fraction{new(big.Rat).Add(f.r, g.r)} }
func (f Fraction) Sub(g Fraction) Fraction { return Fraction{new(big.Rat).Sub(f.r, g.r)} }
func (f Fraction) Mul(g Fraction) Fraction { return Fraction{new(big.Rat).Mul(f.r, g.r)} }
func (f Fraction) Inv() Fraction           { return Fraction{new(big.Rat).Inv(f.r)} }
func (f Fraction) String() string          { return f.r.RatString() }

//cell

func harmonic(n int) Fraction {
	h := F(0, 1)
	for k := int64(1); k <= int64(n); k++ {
		h = h.Add(F(1, k))
	}
	return h
}

func egyptian(f Fraction) []string {
	var out []string
	x := new(big.Rat).Set(f.r)
	for x.Sign() > 0 {
		// ceil(den/num)
		d := new(big.Int).Add(x.Denom(), new(big.Int).Sub(x.Num(), big.NewInt(1)))
		d.Quo(d, x.Num())
		out = append(out, "1/"+d.String())
		x.Sub(x, new(big.Rat).SetFrac(big.NewInt(1), d))
	}
	return out
}

//cell

// first version: floor rounds toward zero, wrong for negatives
var contfrac = func(f Fraction) []int64 {
	var out []int64
	x := new(big.Rat).Set(f.r)
	for i := 0; i < 12; i++ {
		q := new(big.Int).Quo(x.Num(), x.Denom())
		out = append(out, q.Int64())
		x.Sub(x, new(big.Rat).SetInt(q))
		if x.Sign() == 0 {
			break
		}
		x.Inv(x)
	}
	return out
}

//cell

func main() {
	for _, n := range []int{1, 5, 10, 20} {
		h := harmonic(n)
		fmt.Println(n, h, h.r.FloatString(6))
	}
	fmt.Println(strings.Join(egyptian(F(4, 13)), " + "), egyptian(F(5, 121)))
	x := F(3, 4).Mul(F(-2, 9)).Sub(F(1, 6)).Inv()
	fmt.Println(x, x.r.Num(), x.r.Denom(), x.r.IsInt(), x.r.Sign())

	fmt.Println(contfrac(F(415, 93)), contfrac(F(-7, 3)))
	contfrac = func(f Fraction) []int64 {
		var out []int64
		x := new(big.Rat).Set(f.r)
		for i := 0; i < 12; i++ {
			q := new(big.Int)
			q.Div(x.Num(), x.Denom()) // Euclidean: floor for a positive denominator
			out = append(out, q.Int64())
			x.Sub(x, new(big.Rat).SetInt(q))
			if x.Sign() == 0 {
				break
			}
			x.Inv(x)
		}
		return out
	}
	fmt.Println(contfrac(F(415, 93)), contfrac(F(-7, 3)))

	for _, s := range []string{"3/4", "-0.125", "1e-3", "6/-8", "1.5e2", "x/2", "1/0"} {
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			fmt.Printf("%q bad\n", s)
			continue
		}
		f, exact := r.Float64()
		fmt.Printf("%q %s %s %v %v\n", s, r, r.FloatString(3), f, exact)
	}
	third := big.NewRat(1, 3)
	fmt.Println(third.FloatString(0), big.NewRat(2, 3).FloatString(0), big.NewRat(-5, 2).FloatString(0), big.NewRat(1, 8).FloatString(2))
	neg := new(big.Rat).SetFrac(big.NewInt(6), big.NewInt(-4))
	fmt.Println(neg, neg.Cmp(big.NewRat(-3, 2)), new(big.Rat).Abs(neg), new(big.Rat).Neg(neg).RatString())

	fact := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	g := new(big.Int).GCD(nil, nil, fact, big.NewInt(1<<40))
	fmt.Println(fact, fact.BitLen(), g, fact.Text(36))
	pi := new(big.Float).SetPrec(100)
	pi.SetString("3.14159265358979323846264338327950288")
	sq := new(big.Float).SetPrec(100).Sqrt(big.NewFloat(2))
	fmt.Println(pi.Text('g', 25), sq.Text('f', 30), new(big.Float).Quo(pi, sq).Text('e', 10))
	fmt.Printf("%.20f %v\n", sq, big.NewFloat(0.1).Prec())
}
