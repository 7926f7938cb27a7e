//go:build ignore

// Number exercises: Fibonacci by fast matrix exponentiation on a 2x2
// matrix type with modular arithmetic, the same with math/big for exact
// large values, factorials with math/big (digit sums, trailing zeros,
// comparisons), binomial coefficients with big.Int's Binomial, and
// rationals with big.Rat summing a harmonic series exactly.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

type Mat [2][2]uint64

const mod = 1_000_000_007

func (a Mat) Mul(b Mat) Mat {
	var c Mat
	for i := range 2 {
		for j := range 2 {
			var s uint64
			for k := range 2 {
				s = (s + a[i][k]*b[k][j]) % mod
			}
			c[i][j] = s
		}
	}
	return c
}

func (a Mat) Pow(n uint64) Mat {
	result := Mat{{1, 0}, {0, 1}}
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(a)
		}
		a = a.Mul(a)
		n >>= 1
	}
	return result
}

func fibMod(n uint64) uint64 {
	return Mat{{1, 1}, {1, 0}}.Pow(n)[0][1]
}

//cell

type BigMat struct{ a, b, c, d *big.Int }

func identity() BigMat {
	return BigMat{big.NewInt(1), big.NewInt(0), big.NewInt(0), big.NewInt(1)}
}

func (m BigMat) Mul(o BigMat) BigMat {
	mul := func(x, y, z, w *big.Int) *big.Int {
		p := new(big.Int).Mul(x, y)
		return p.Add(p, new(big.Int).Mul(z, w))
	}
	return BigMat{
		mul(m.a, o.a, m.b, o.c), mul(m.a, o.b, m.b, o.d),
		mul(m.c, o.a, m.d, o.c), mul(m.c, o.b, m.d, o.d),
	}
}

func fibBig(n int) *big.Int {
	r, base := identity(), BigMat{big.NewInt(1), big.NewInt(1), big.NewInt(1), big.NewInt(0)}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = r.Mul(base)
		}
		base = base.Mul(base)
	}
	return r.b
}

func factorial(n int64) *big.Int {
	f := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		f.Mul(f, big.NewInt(i))
	}
	return f
}

func digitSum(x *big.Int) int {
	s := 0
	for _, r := range x.String() {
		s += int(r - '0')
	}
	return s
}

//cell

func main() {
	for _, n := range []uint64{10, 50, 90, 1000, 1_000_000_000_000} {
		fmt.Printf("fib(%d) mod p = %d\n", n, fibMod(n))
	}
	f300 := fibBig(300)
	fmt.Println("fib(300) =", f300)
	fmt.Println("digits:", len(f300.String()), "mod check:", new(big.Int).Mod(fibBig(1000), big.NewInt(mod)).Uint64() == fibMod(1000))

	f100 := factorial(100)
	s := f100.String()
	fmt.Printf("100! has %d digits, digit sum %d, %d trailing zeros\n", len(s), digitSum(f100), len(s)-len(strings.TrimRight(s, "0")))
	fmt.Println("25! =", factorial(25))
	fmt.Println("cmp 20! vs 2^64:", factorial(20).Cmp(new(big.Int).Lsh(big.NewInt(1), 64)), factorial(21).Cmp(new(big.Int).Lsh(big.NewInt(1), 64)))
	q, r := new(big.Int).QuoRem(factorial(30), factorial(28), new(big.Int))
	fmt.Println("30!/28! =", q, "rem", r)
	fmt.Println("C(100,50) =", new(big.Int).Binomial(100, 50))
	fmt.Printf("%x\n", factorial(20))

	h := new(big.Rat)
	for i := int64(1); i <= 20; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H(20) =", h, "≈", h.FloatString(10))
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 prime:", p.ProbablyPrime(20), "bits", p.BitLen())
	g := new(big.Int).GCD(nil, nil, factorial(12), fibBig(60))
	fmt.Println("gcd(12!, fib 60) =", g)
}
