//go:build ignore

// math/big classics: 100! and its digit sum, the 1000th Fibonacci number
// by fast doubling, 2^1000's digit sum (Project Euler 16), binomial
// coefficients, modular exponentiation and inverses, Mersenne primality
// with ProbablyPrime, big.Rat harmonic numbers and a continued fraction
// for sqrt(2), and big.Float precision.
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

// fibPair returns F(n), F(n+1) by fast doubling.
func fibPair(n uint) (*big.Int, *big.Int) {
	if n == 0 {
		return big.NewInt(0), big.NewInt(1)
	}
	a, b := fibPair(n / 2)
	// c = a*(2b - a), d = a^2 + b^2
	t := new(big.Int).Lsh(b, 1)
	t.Sub(t, a)
	c := new(big.Int).Mul(a, t)
	d := new(big.Int).Add(new(big.Int).Mul(a, a), new(big.Int).Mul(b, b))
	if n%2 == 0 {
		return c, d
	}
	return d, c.Add(c, d)
}

func harmonic(n int64) *big.Rat {
	h := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	return h
}

//cell

func main() {
	f100 := factorial(100)
	s := f100.String()
	fmt.Println(len(s), s[:20], digitSum(f100), strings.Count(s, "0"))
	fmt.Println(factorial(25), factorial(0), factorial(20).IsInt64())

	f1000, _ := fibPair(1000)
	fs := f1000.String()
	fmt.Println(len(fs), fs[:15], fs[len(fs)-10:])
	for n := uint(0); n <= 10; n++ {
		f, _ := fibPair(n)
		fmt.Print(f, " ")
	}
	fmt.Println()

	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(1000), nil)
	fmt.Println(digitSum(p), p.BitLen(), len(p.Text(16)))
	fmt.Println(new(big.Int).Binomial(50, 25), new(big.Int).Binomial(10, 3))

	m := big.NewInt(1_000_000_007)
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(1_000_000), m))
	inv := new(big.Int).ModInverse(big.NewInt(17), big.NewInt(3120))
	fmt.Println(inv, new(big.Int).Mod(new(big.Int).Mul(inv, big.NewInt(17)), big.NewInt(3120)))
	g := new(big.Int)
	x, y := new(big.Int), new(big.Int)
	g.GCD(x, y, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, x, y)

	var primes []int
	for _, e := range []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 31, 61, 67, 89} {
		mp := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(e)), big.NewInt(1))
		if mp.ProbablyPrime(20) {
			primes = append(primes, e)
		}
	}
	fmt.Println("Mersenne exponents:", primes)

	h := harmonic(20)
	fmt.Println(h, h.FloatString(10))
	fmt.Println(h.Num().BitLen(), h.Denom())

	// sqrt(2) convergents: 1 + 1/(2 + 1/(2 + ...))
	r := big.NewRat(1, 1)
	longer := 0
	for i := 0; i < 1000; i++ {
		// r = 1 + 1/(1 + r)
		t := new(big.Rat).Add(big.NewRat(1, 1), r)
		r = new(big.Rat).Add(big.NewRat(1, 1), t.Inv(t))
		if len(r.Num().String()) > len(r.Denom().String()) {
			longer++
		}
		if i < 5 {
			fmt.Print(r.RatString(), " ")
		}
	}
	fmt.Println("| longer numerators:", longer)

	q, ok := new(big.Rat).SetString("3.14159")
	fmt.Println(q, ok, q.Cmp(big.NewRat(22, 7)))

	two := new(big.Float).SetPrec(200).SetInt64(2)
	root := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Println(root.Text('f', 50))
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Prec(), third.Text('g', 10))
	n, acc := root.Int64()
	fmt.Println(n, acc)

	bigStr, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	hexed, _ := new(big.Int).SetString("ff_ff", 0)
	fmt.Println(bigStr.Text(36), hexed, bigStr.Sign(), new(big.Int).Neg(bigStr).Sign())
	fmt.Printf("%x %08d %s\n", big.NewInt(255), big.NewInt(42), new(big.Int).Sqrt(bigStr))
}
