//go:build ignore

// math/big: arbitrary-precision integers, rationals and floats.
package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

//cell

func main() {
	fmt.Println(factorial(30))
	fmt.Println(fib(100))
	x, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(x, ok)
	y := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(y, y.BitLen(), x.Cmp(y))
	q, m := new(big.Int).DivMod(x, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462)))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), y.Text(16))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	f := new(big.Float).SetPrec(100).SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('f', 25))
	fmt.Printf("%s %v %d\n", x, big.NewInt(-5), big.NewInt(255))
}
