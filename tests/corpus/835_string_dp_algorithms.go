//go:build ignore

// Dynamic programming on strings and sequences, the textbook way:
// Levenshtein distance with an edit script recovered from the table,
// the longest common subsequence, the longest increasing subsequence in
// O(n log n) with sort.SearchInts, coin change (ways and fewest coins),
// KMP's failure function and search, and 0/1 knapsack with the items
// chosen.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Op struct {
	Kind byte
	A, B rune
}

func (o Op) String() string {
	switch o.Kind {
	case '=':
		return string(o.A)
	case '~':
		return fmt.Sprintf("(%c>%c)", o.A, o.B)
	case '+':
		return "+" + string(o.B)
	default:
		return "-" + string(o.A)
	}
}

func levenshtein(s, t string) (int, []Op) {
	a, b := []rune(s), []rune(t)
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	var ops []Op
	i, j := len(a), len(b)
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i][j] == d[i-1][j-1]:
			ops = append(ops, Op{'=', a[i-1], b[j-1]})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			ops = append(ops, Op{'~', a[i-1], b[j-1]})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, Op{'-', a[i-1], 0})
			i--
		default:
			ops = append(ops, Op{'+', 0, b[j-1]})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return d[len(a)][len(b)], ops
}

//cell

func lcs(x, y string) string {
	m, n := len(x), len(y)
	t := make([][]int, m+1)
	for i := range t {
		t[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if x[i] == y[j] {
				t[i][j] = 1 + t[i+1][j+1]
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case x[i] == y[j]:
			sb.WriteByte(x[i])
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func lis(xs []int) []int {
	var tails []int
	idx := make([]int, 0, len(xs))
	prev := make([]int, len(xs))
	for i, x := range xs {
		k := sort.SearchInts(tails, x)
		if k == len(tails) {
			tails = append(tails, x)
			idx = append(idx, i)
		} else {
			tails[k] = x
			idx[k] = i
		}
		prev[i] = -1
		if k > 0 {
			prev[i] = idx[k-1]
		}
	}
	out := make([]int, len(tails))
	for i, k := idx[len(idx)-1], len(tails)-1; k >= 0; i, k = prev[i], k-1 {
		out[k] = xs[i]
	}
	return out
}

//cell

func coinWays(coins []int, amount int) (ways int64, fewest int) {
	w := make([]int64, amount+1)
	f := make([]int, amount+1)
	w[0] = 1
	for i := 1; i <= amount; i++ {
		f[i] = 1 << 30
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			w[a] += w[a-c]
			f[a] = min(f[a], f[a-c]+1)
		}
	}
	return w[amount], f[amount]
}

func kmpTable(p string) []int {
	fail := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = fail[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		fail[i] = k
	}
	return fail
}

func kmpSearch(text, p string) []int {
	fail := kmpTable(p)
	var hits []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != p[k] {
			k = fail[k-1]
		}
		if text[i] == p[k] {
			k++
		}
		if k == len(p) {
			hits = append(hits, i-k+1)
			k = fail[k-1]
		}
	}
	return hits
}

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, cap int) (int, []string) {
	best := make([][]int, len(items)+1)
	for i := range best {
		best[i] = make([]int, cap+1)
	}
	for i, it := range items {
		for w := 0; w <= cap; w++ {
			best[i+1][w] = best[i][w]
			if it.Weight <= w {
				best[i+1][w] = max(best[i+1][w], best[i][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	for i, w := len(items), cap; i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	sort.Strings(chosen)
	return best[len(items)][cap], chosen
}

//cell

func main() {
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gödel", "godot"}} {
		d, ops := levenshtein(p[0], p[1])
		fmt.Printf("%q -> %q: %d %v\n", p[0], p[1], d, ops)
	}
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("thisisatest", "testing123testing"))
	fmt.Println(lis([]int{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}))
	fmt.Println(lis([]int{3, 2, 6, 4, 5, 1}))
	ways, fewest := coinWays([]int{1, 5, 10, 25, 50}, 100)
	fmt.Println(ways, fewest)
	fmt.Println(coinWays([]int{3, 7}, 11))
	fmt.Println(kmpTable("ababaca"), kmpSearch("abababacaababaca ababaca", "ababaca"))
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println(v, chosen)
}
