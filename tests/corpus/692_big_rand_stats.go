//go:build ignore

// Big numbers and seeded randomness: factorials and Fibonacci with
// math/big, a Rat series, a big.Float square root at fixed precision,
// math/rand/v2 with PCG and ChaCha8 seeds (shuffles, Perm, IntN,
// Float64, NormFloat64), and a histogram printed with width verbs.
package main

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
)

type Stats struct {
	N        int
	Mean, SD float64
	Min, Max float64
	Buckets  [5]int
}

func (s *Stats) Add(xs []float64) {
	s.N = len(xs)
	s.Min, s.Max = math.Inf(1), math.Inf(-1)
	var sum, sq float64
	for _, x := range xs {
		sum += x
		sq += x * x
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
	}
	s.Mean = sum / float64(s.N)
	s.SD = math.Sqrt(sq/float64(s.N) - s.Mean*s.Mean)
	for _, x := range xs {
		b := int((x - s.Min) / (s.Max - s.Min) * 5)
		if b == 5 {
			b = 4
		}
		s.Buckets[b]++
	}
}

//cell

func fact(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

//cell

func main() {
	f30 := fact(30)
	fmt.Println(f30, f30.BitLen(), len(f30.String()))
	fmt.Printf("%x %d %s\n", fib(90), fib(100), fib(10).Text(2))
	q, m := new(big.Int).DivMod(fact(25), fib(50), new(big.Int))
	fmt.Println(q, m, fib(50).ProbablyPrime(10), big.NewInt(97).ProbablyPrime(10))
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i*i))
	}
	fmt.Println(sum, sum.FloatString(8))
	two := new(big.Float).SetPrec(100).SetInt64(2)
	root := new(big.Float).SetPrec(100).Sqrt(two)
	fmt.Println(root.Text('f', 25), root.Prec())
	fmt.Printf("%.10f %v\n", root, new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	r := rand.New(rand.NewPCG(1, 2))
	xs := make([]int, 10)
	for i := range xs {
		xs[i] = r.IntN(100)
	}
	fmt.Println(xs, r.Perm(6), r.Uint64(), r.Int64N(1e12))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(1000), c.Float64(), c.Int32N(1000))
	vals := make([]float64, 200)
	for i := range vals {
		vals[i] = r.NormFloat64()*2 + 10
	}
	var st Stats
	st.Add(vals)
	fmt.Printf("n=%d mean=%7.3f sd=%6.3f min=%.3f max=%.3f\n", st.N, st.Mean, st.SD, st.Min, st.Max)
	for i, b := range st.Buckets {
		fmt.Printf("%d %-40s|%3d\n", i, strings.Repeat("#", b/2), b)
	}
	fmt.Printf("%+v\n", st)
	slices.Sort(vals)
	fmt.Printf("%.4f %.4f %8.2e %g\n", vals[0], vals[len(vals)/2], vals[199], vals[100]-vals[99])
	p := rand.New(rand.NewPCG(1, 2))
	fmt.Println(p.IntN(100) == xs[0], p.ExpFloat64() > 0)
}
