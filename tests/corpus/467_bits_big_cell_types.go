//go:build ignore

// math/bits and math/big in notebook types: a bitset of cell type with
// popcount, rotations and leading zeros; 128-bit arithmetic with
// bits.Mul64/Add64; big.Int factorials and binomials, big.Rat sums and
// big.Float with a set precision.
package main

import (
	"fmt"
	"math/big"
	"math/bits"
	"strings"
)

type Bitset uint64

func (b Bitset) Has(i int) bool { return b&(1<<i) != 0 }
func (b Bitset) With(i ...int) Bitset {
	for _, x := range i {
		b |= 1 << x
	}
	return b
}
func (b Bitset) Count() int { return bits.OnesCount64(uint64(b)) }
func (b Bitset) String() string {
	var parts []string
	for x := uint64(b); x != 0; x &= x - 1 {
		parts = append(parts, fmt.Sprint(bits.TrailingZeros64(x)))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

//cell

var odd = Bitset(0).With(1, 3, 5, 63)

func init() {
	fmt.Println(odd, odd.Count(), odd.Has(3), odd.Has(4))
	fmt.Println(bits.LeadingZeros64(uint64(odd)), bits.Len(255), bits.Reverse8(0b0000_0110))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(0b1001_0001, 2), bits.RotateLeft8(0b1001_0001, -1))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(hi, lo, sum, carry)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
}

//cell

func factorial(n int64) *big.Int {
	f := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		f.Mul(f, big.NewInt(i))
	}
	return f
}

type Fraction struct{ r *big.Rat }

func (f Fraction) Add(n, d int64) Fraction {
	return Fraction{new(big.Rat).Add(f.r, big.NewRat(n, d))}
}

func (f Fraction) String() string { return f.r.RatString() }

//cell

func main() {
	f30 := factorial(30)
	fmt.Println(f30, len(f30.String()), f30.BitLen())
	var binom big.Int
	fmt.Println(binom.Binomial(50, 25))
	q, m := new(big.Int).DivMod(f30, big.NewInt(1_000_003), new(big.Int))
	fmt.Println(q.Cmp(f30), m)
	h := Fraction{new(big.Rat)}
	for i := int64(1); i <= 6; i++ {
		h = h.Add(1, i)
	}
	fmt.Println(h, h.r.FloatString(5))
	x := new(big.Float).SetPrec(100).SetInt64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('f', 25))
	n, ok := new(big.Int).SetString("ff_ff", 0)
	fmt.Println(n, ok)
	p := big.NewInt(2)
	p.Exp(p, big.NewInt(89), nil).Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(10))
	fmt.Printf("%x %s\n", p, Bitset(0).With(0, 2))
}
