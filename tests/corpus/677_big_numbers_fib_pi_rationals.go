//go:build ignore

// math/big as a notebook explores it: Fibonacci numbers by iteration and
// by fast doubling, factorials and binomials, digits of e from a series
// of big.Rat, square roots with big.Float at a chosen precision, a
// Collatz walk on a big.Int, RSA-style modular exponentiation, and a
// memo table of *big.Int keyed by int kept across cells.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

//cell

func FibIter(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

// FibDoubling returns F(n) and F(n+1).
func FibDoubling(n uint) (*big.Int, *big.Int) {
	if n == 0 {
		return big.NewInt(0), big.NewInt(1)
	}
	a, b := FibDoubling(n / 2)
	// c = a*(2b - a), d = a*a + b*b
	t := new(big.Int).Lsh(b, 1)
	t.Sub(t, a)
	c := new(big.Int).Mul(a, t)
	d := new(big.Int).Mul(a, a)
	d.Add(d, new(big.Int).Mul(b, b))
	if n%2 == 0 {
		return c, d
	}
	return d, c.Add(c, d)
}

//cell

var memo = map[int]*big.Int{0: big.NewInt(1)}

func Fact(n int) *big.Int {
	if v, ok := memo[n]; ok {
		return v
	}
	v := new(big.Int).Mul(big.NewInt(int64(n)), Fact(n-1))
	memo[n] = v
	return v
}

func Binom(n, k int) *big.Int {
	r := new(big.Int).Set(Fact(n))
	r.Quo(r, Fact(k))
	return r.Quo(r, Fact(n-k))
}

func digitSum(x *big.Int) (s int) {
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return
}

//cell

func E(terms int) *big.Rat {
	sum := new(big.Rat)
	for k := 0; k < terms; k++ {
		sum.Add(sum, new(big.Rat).SetFrac(big.NewInt(1), Fact(k)))
	}
	return sum
}

func Sqrt(x float64, prec uint) *big.Float {
	v := new(big.Float).SetPrec(prec).SetFloat64(x)
	return v.Sqrt(v)
}

func collatz(start *big.Int) (steps int, peak *big.Int) {
	n := new(big.Int).Set(start)
	peak = new(big.Int).Set(n)
	one, three := big.NewInt(1), big.NewInt(3)
	for n.Cmp(one) != 0 {
		if n.Bit(0) == 0 {
			n.Rsh(n, 1)
		} else {
			n.Mul(n, three).Add(n, one)
		}
		if n.Cmp(peak) > 0 {
			peak.Set(n)
		}
		steps++
	}
	return
}

//cell

func main() {
	fmt.Println(FibIter(10), FibIter(100))
	f, f1 := FibDoubling(300)
	fmt.Println(f.Cmp(FibIter(300)) == 0, len(f1.String()), f.BitLen())
	fmt.Printf("%x\n", FibIter(64))
	fmt.Println(Fact(25), digitSum(Fact(100)), len(memo))
	fmt.Println(Binom(50, 25), Binom(10, 3))
	e := E(30)
	fmt.Println(e.FloatString(40))
	num := e.Num()
	fmt.Println(len(num.String()) > 20, e.Sign(), e.IsInt())
	s := Sqrt(2, 200)
	fmt.Println(s.Text('f', 50))
	fmt.Printf("%.20f %s\n", s, Sqrt(16, 64).String())
	golden := new(big.Float).SetPrec(200).Quo(new(big.Float).SetInt(FibIter(201)), new(big.Float).SetInt(FibIter(200)))
	fmt.Println(golden.Text('g', 30))
	steps, peak := collatz(big.NewInt(27))
	fmt.Println(steps, peak)
	big27, _ := new(big.Int).SetString(strings.Repeat("9", 30), 10)
	steps, peak = collatz(big27)
	fmt.Println(steps, peak.BitLen())

	p, q := big.NewInt(61), big.NewInt(53)
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	pub := big.NewInt(17)
	priv := new(big.Int).ModInverse(pub, phi)
	msg := big.NewInt(65)
	c := new(big.Int).Exp(msg, pub, n)
	back := new(big.Int).Exp(c, priv, n)
	fmt.Println(n, phi, priv, c, back, big.NewInt(97).ProbablyPrime(10))
	r := big.NewRat(3, 4)
	r.Mul(r, big.NewRat(-8, 9))
	fmt.Println(r, r.RatString(), new(big.Rat).Inv(r))
}
