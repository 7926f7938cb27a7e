//go:build ignore

// Arbitrary precision with math/big: 100! and its digit sum, Fibonacci
// numbers past int64, Catalan numbers by binomials, harmonic numbers as
// big.Rat, the square root of 2 to 60 digits with big.Float, Mersenne
// primes by ProbablyPrime, and modular exponentiation for RSA toy keys.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

//cell

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func catalan(n int64) *big.Int {
	c := new(big.Int).Binomial(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

func harmonic(n int64) *big.Rat {
	h := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	return h
}

//cell

func sqrt2(prec uint) *big.Float {
	two := new(big.Float).SetPrec(prec).SetInt64(2)
	x := new(big.Float).SetPrec(prec).SetFloat64(1.5)
	half := new(big.Float).SetPrec(prec).SetFloat64(0.5)
	for i := 0; i < 10; i++ {
		t := new(big.Float).SetPrec(prec).Quo(two, x)
		x.Add(x, t)
		x.Mul(x, half)
	}
	return x
}

func mersenne(limit int) []int {
	var ps []int
	one := big.NewInt(1)
	for p := 2; p <= limit; p++ {
		m := new(big.Int).Lsh(one, uint(p))
		m.Sub(m, one)
		if m.ProbablyPrime(20) {
			ps = append(ps, p)
		}
	}
	return ps
}

//cell

func main() {
	f := factorial(100)
	s := f.String()
	fmt.Println(len(s), s[:20], digitSum(f), strings.Count(s, "0"))
	fmt.Println(factorial(25), factorial(20).IsInt64(), factorial(21).IsInt64())

	fmt.Println(fib(100), fib(200).BitLen())
	for n := int64(0); n <= 15; n++ {
		fmt.Print(catalan(n), " ")
	}
	fmt.Println()
	h := harmonic(20)
	fmt.Println(h, h.FloatString(10))
	fl, exact := h.Float64()
	fmt.Printf("%.12f %v\n", fl, exact)

	r := sqrt2(200)
	fmt.Println(r.Text('f', 60))
	sq := new(big.Float).Mul(r, r)
	fmt.Println(sq.Text('g', 30), r.Prec(), r.MinPrec() > 100)
	fmt.Printf("%.20f\n", r)

	fmt.Println("mersenne exponents:", mersenne(130))

	p, q := big.NewInt(61), big.NewInt(53)
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	e := big.NewInt(17)
	d := new(big.Int).ModInverse(e, phi)
	msg := big.NewInt(65)
	c := new(big.Int).Exp(msg, e, n)
	m := new(big.Int).Exp(c, d, n)
	fmt.Println(n, phi, d, c, m, m.Cmp(msg) == 0)
	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Printf("%v %x %o %08b\n", g, f.Bytes()[:4], big.NewInt(64), big.NewInt(5))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok, x.Sign(), new(big.Int).Neg(x), new(big.Int).Sqrt(x))
}
