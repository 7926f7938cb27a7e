//go:build ignore

// Dynamic programming exercises: 0/1 knapsack with the chosen items
// recovered from the table, the unbounded variant with a 1-D table,
// coin change counted and minimised, longest common subsequence with
// its string rebuilt, and Levenshtein distance, the tables kept in named
// types with a method that prints them.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

type Table [][]int

func NewTable(rows, cols int) Table {
	t := make(Table, rows)
	for i := range t {
		t[i] = make([]int, cols)
	}
	return t
}

func (t Table) Render(w int) string {
	var sb strings.Builder
	for _, row := range t {
		for _, v := range row {
			fmt.Fprintf(&sb, "%*d", w, v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

//cell

func knapsack(items []Item, capacity int) (int, []Item) {
	t := NewTable(len(items)+1, capacity+1)
	for i := 1; i <= len(items); i++ {
		it := items[i-1]
		for c := 0; c <= capacity; c++ {
			t[i][c] = t[i-1][c]
			if it.Weight <= c {
				t[i][c] = max(t[i][c], t[i-1][c-it.Weight]+it.Value)
			}
		}
	}
	var chosen []Item
	c := capacity
	for i := len(items); i > 0; i-- {
		if t[i][c] != t[i-1][c] {
			chosen = append(chosen, items[i-1])
			c -= items[i-1].Weight
		}
	}
	return t[len(items)][capacity], chosen
}

func unbounded(items []Item, capacity int) int {
	best := make([]int, capacity+1)
	for c := 1; c <= capacity; c++ {
		for _, it := range items {
			if it.Weight <= c {
				best[c] = max(best[c], best[c-it.Weight]+it.Value)
			}
		}
	}
	return best[capacity]
}

func coinWays(coins []int, amount int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, coin := range coins {
		for a := coin; a <= amount; a++ {
			ways[a] += ways[a-coin]
		}
	}
	return ways[amount]
}

func fewestCoins(coins []int, amount int) (int, bool) {
	need := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		need[i] = math.MaxInt32
		for _, coin := range coins {
			if coin <= i && need[i-coin]+1 < need[i] {
				need[i] = need[i-coin] + 1
			}
		}
	}
	return need[amount], need[amount] != math.MaxInt32
}

//cell

func lcs(a, b string) string {
	t := NewTable(len(a)+1, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				t[i][j] = t[i-1][j-1] + 1
			case t[i-1][j] >= t[i][j-1]:
				t[i][j] = t[i-1][j]
			default:
				t[i][j] = t[i][j-1]
			}
		}
	}
	out := make([]byte, 0, t[len(a)][len(b)])
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case t[i-1][j] >= t[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func levenshtein(a, b string) (int, Table) {
	ra, rb := []rune(a), []rune(b)
	t := NewTable(len(ra)+1, len(rb)+1)
	for i := range t {
		t[i][0] = i
	}
	for j := range t[0] {
		t[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			t[i][j] = min(t[i-1][j]+1, t[i][j-1]+1, t[i-1][j-1]+cost)
		}
	}
	return t[len(ra)][len(rb)], t
}

//cell

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
		{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45},
		{"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30},
	}
	value, chosen := knapsack(items, 200)
	weight := 0
	names := []string{}
	for _, it := range chosen {
		weight += it.Weight
		names = append(names, it.Name)
	}
	fmt.Printf("best value %d, weight %d: %s\n", value, weight, strings.Join(names, ", "))
	fmt.Printf("first chosen: %+v\n", chosen[0])
	fmt.Println("unbounded, capacity 100:", unbounded(items[:3], 100))

	fmt.Println("ways to make 100 from US coins:", coinWays([]int{1, 5, 10, 25, 50, 100}, 100))
	for _, amt := range []int{11, 7, 30} {
		n, ok := fewestCoins([]int{2, 5, 10}, amt)
		if !ok {
			fmt.Println(amt, "cannot be made")
			continue
		}
		fmt.Println(amt, "needs", n, "coins")
	}

	fmt.Printf("lcs: %q\n", lcs("AGGTABQXYZ", "GXTXAYBQZ"))
	d, t := levenshtein("kitten", "sitting")
	fmt.Println("kitten -> sitting:", d)
	fmt.Print(t.Render(3))
	d2, _ := levenshtein("héllo", "hello")
	fmt.Println("héllo -> hello:", d2)
}
