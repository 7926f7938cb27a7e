//go:build ignore

// Recursion with memoization in maps: counting lattice paths around
// blocked cells with a struct key, the edit distance between words with a
// [2]int key, ways to make change with a memo held by a struct's method,
// word breaks with a cache of slices, and a memoizing wrapper of a func.
package main

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Grid struct {
	W, H    int
	Blocked map[Point]bool
	memo    map[Point]int64
	calls   int
}

func (g *Grid) Paths(p Point) int64 {
	g.calls++
	if p.X >= g.W || p.Y >= g.H || g.Blocked[p] {
		return 0
	}
	if p.X == g.W-1 && p.Y == g.H-1 {
		return 1
	}
	if v, ok := g.memo[p]; ok {
		return v
	}
	v := g.Paths(Point{p.X + 1, p.Y}) + g.Paths(Point{p.X, p.Y + 1})
	g.memo[p] = v
	return v
}

//cell

func editDistance(a, b string) int {
	memo := map[[2]int]int{}
	var d func(i, j int) int
	d = func(i, j int) int {
		if i == len(a) {
			return len(b) - j
		}
		if j == len(b) {
			return len(a) - i
		}
		k := [2]int{i, j}
		if v, ok := memo[k]; ok {
			return v
		}
		var best int
		if a[i] == b[j] {
			best = d(i+1, j+1)
		} else {
			best = 1 + min(d(i+1, j), d(i, j+1), d(i+1, j+1))
		}
		memo[k] = best
		return best
	}
	return d(0, 0)
}

type Changer struct {
	coins []int
	memo  map[Point]*big.Int
}

func (c *Changer) Ways(amount, idx int) *big.Int {
	if amount == 0 {
		return big.NewInt(1)
	}
	if amount < 0 || idx == len(c.coins) {
		return big.NewInt(0)
	}
	key := Point{amount, idx}
	if v, ok := c.memo[key]; ok {
		return v
	}
	v := new(big.Int).Add(c.Ways(amount-c.coins[idx], idx), c.Ways(amount, idx+1))
	c.memo[key] = v
	return v
}

//cell

func wordBreak(s string, dict map[string]bool, memo map[string][]string) []string {
	if s == "" {
		return []string{""}
	}
	if v, ok := memo[s]; ok {
		return v
	}
	var out []string
	for i := 1; i <= len(s); i++ {
		if !dict[s[:i]] {
			continue
		}
		for _, rest := range wordBreak(s[i:], dict, memo) {
			out = append(out, strings.TrimSpace(s[:i]+" "+rest))
		}
	}
	sort.Strings(out)
	memo[s] = out
	return out
}

func memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

//cell

func main() {
	g := &Grid{W: 6, H: 5, Blocked: map[Point]bool{{1, 1}: true, {3, 2}: true, {4, 0}: true}, memo: map[Point]int64{}}
	fmt.Println(g.Paths(Point{}), g.calls, len(g.memo))
	big18 := &Grid{W: 18, H: 18, Blocked: map[Point]bool{}, memo: map[Point]int64{}}
	fmt.Println(big18.Paths(Point{}), big18.calls)

	for _, pair := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"notebook", "notebook"}, {"gopher", "golang"}} {
		fmt.Printf("%s->%s=%d ", pair[0], pair[1], editDistance(pair[0], pair[1]))
	}
	fmt.Println()

	c := &Changer{coins: []int{1, 2, 5, 10, 20, 50, 100, 200}, memo: map[Point]*big.Int{}}
	fmt.Println(c.Ways(200, 0), c.Ways(1000, 0), len(c.memo))

	dict := map[string]bool{}
	for _, w := range strings.Fields("cat cats and sand dog pine apple pen applepen pineapple") {
		dict[w] = true
	}
	memo := map[string][]string{}
	fmt.Printf("%q\n", wordBreak("catsanddog", dict, memo))
	fmt.Printf("%q\n", wordBreak("pineapplepenapple", dict, memo))
	fmt.Println(len(wordBreak("catsandog", dict, memo)), len(memo))

	var fib func(int) *big.Int
	fibm, misses := memoize(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})
	fib = fibm
	fmt.Println(fib(90), fib(150).String()[:10], *misses)
	collatz, cm := memoize(func(n int) int { return 0 })
	var steps func(int) int
	steps = func(n int) int {
		if n == 1 {
			return 0
		}
		if n%2 == 0 {
			return 1 + steps(n/2)
		}
		return 1 + steps(3*n+1)
	}
	_ = collatz
	best, arg := 0, 0
	for i := 1; i < 3000; i++ {
		if s := steps(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(best, arg, *cm)
}
