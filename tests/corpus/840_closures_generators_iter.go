//go:build ignore

// Closures as generators and state: a Fibonacci generator, a counter
// factory sharing state between two closures, an accumulator table of
// func values keyed by name, memoisation through a closure over a map,
// generators turned into iter.Seq and pulled with iter.Pull, a
// recursive closure for permutations, and deferred closures reading
// loop variables per iteration.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

//cell

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start int) (inc func(int) int, reset func()) {
	n := start
	inc = func(d int) int { n += d; return n }
	reset = func() { n = start }
	return
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

//cell

func FromGen(next func() int, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(next()) {
				return
			}
		}
	}
}

func Windows[T any](s []T, size int) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for i := 0; i+size <= len(s); i++ {
			if !yield(i, s[i:i+size]) {
				return
			}
		}
	}
}

func permutations(xs []string) [][]string {
	var out [][]string
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			out = append(out, slices.Clone(xs))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

//cell

func deferred() (log []string) {
	for i := range 3 {
		defer func() { log = append(log, fmt.Sprint("deferred ", i)) }()
	}
	for _, w := range []string{"x", "y"} {
		defer func(s string) { log = append(log, s+w) }("arg-")
	}
	return []string{"body"}
}

//cell

func main() {
	f := fibGen()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	inc, reset := counter(10)
	fmt.Println(inc(1), inc(5), inc(-2))
	reset()
	fmt.Println(inc(0))

	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
		"pow": func(a, b float64) float64 {
			r := 1.0
			for range int(b) {
				r *= a
			}
			return r
		},
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range ops {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Printf("%s(3, 4) = %g\n", name, ops[name](3, 4))
	}

	calls := 0
	var slowSquare func(int) int
	slowSquare = func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	for _, n := range []int{4, 5, 4, 4, 5, 6} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)

	for v := range FromGen(fibGen(), 30) {
		if v > 100 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	next, stop := iter.Pull(FromGen(fibGen(), 5))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("[", v, "]")
	}
	stop()
	fmt.Println()
	for i, w := range Windows([]rune("gopher"), 3) {
		fmt.Print(i, string(w), " ")
	}
	fmt.Println()

	perms := permutations([]string{"a", "b", "c"})
	var joined []string
	for _, p := range perms {
		joined = append(joined, strings.Join(p, ""))
	}
	fmt.Println(len(perms), joined)
	fmt.Println(deferred())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
