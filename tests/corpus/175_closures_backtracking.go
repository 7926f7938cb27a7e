//go:build ignore

// Closures as a puzzle notebook uses them: generators, memoisation with
// a map, recursive closures declared before they are defined,
// permutations and subsets by backtracking, and a function redefined in
// a later cell.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func counterFrom(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
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

var calls int

type Score struct {
	Name   string
	Points int
}

//cell

func permutations(s []rune) []string {
	var out []string
	used := make([]bool, len(s))
	cur := make([]rune, 0, len(s))
	var rec func()
	rec = func() {
		if len(cur) == len(s) {
			out = append(out, string(cur))
			return
		}
		for i, r := range s {
			if used[i] || i > 0 && s[i] == s[i-1] && !used[i-1] {
				continue
			}
			used[i] = true
			cur = append(cur, r)
			rec()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rec()
	return out
}

func subsetsSum(xs []int, target int) [][]int {
	var res [][]int
	var pick []int
	var walk func(i, left int)
	walk = func(i, left int) {
		switch {
		case left == 0:
			res = append(res, append([]int(nil), pick...))
			return
		case left < 0 || i == len(xs):
			return
		}
		pick = append(pick, xs[i])
		walk(i+1, left-xs[i])
		pick = pick[:len(pick)-1]
		walk(i+1, left)
	}
	walk(0, target)
	return res
}

//cell

func describe(n int) string { return fmt.Sprint("n=", n) }

func apply(fs []func(int) int, x int) []int {
	out := []int{}
	for _, f := range fs {
		out = append(out, f(x))
	}
	return out
}

//cell

func main() {
	next, reset := counterFrom(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls, fib(30), calls)

	fmt.Println(permutations([]rune("cab")))
	fmt.Println(len(permutations([]rune("aabb"))), permutations([]rune("aab")))
	fmt.Println(subsetsSum([]int{3, 1, 4, 2, 5}, 6))

	adders := make([]func(int) int, 0)
	for i := range 3 {
		adders = append(adders, func(x int) int { return x + i*10 })
	}
	fmt.Println(apply(adders, 1))

	compose := func(fs ...func(string) string) func(string) string {
		return func(s string) string {
			for _, f := range fs {
				s = f(s)
			}
			return s
		}
	}
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hello closures "))

	acc := func() func(int) (int, int) {
		sum, count := 0, 0
		return func(x int) (int, int) {
			sum += x
			count++
			return sum, count
		}
	}()
	for _, x := range []int{4, 8, 15} {
		s, c := acc(x)
		fmt.Print(s, "/", c, " ")
	}
	fmt.Println(describe(7))

	fns := map[string]func(float64) float64{}
	for _, k := range []float64{2, 3} {
		fns[fmt.Sprint("times", k)] = func(x float64) float64 { return x * k }
	}
	keys := make([]string, 0, len(fns))
	for k := range fns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", fns[k](1.5), " ")
	}
	fmt.Println()

	var top Score
	record := func(name string, pts int) {
		if pts > top.Points {
			top = Score{name, pts}
		}
	}
	record("ann", 3)
	record("bob", 7)
	record("cy", 5)
	fmt.Println(top, top.Name)

	var hanoi func(n int, from, to, via string) int
	moves := []string{}
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		c := hanoi(n-1, from, via, to)
		moves = append(moves, from+to)
		return c + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(3, "A", "C", "B"), strings.Join(moves, " "))
}
