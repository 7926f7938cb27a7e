//go:build ignore

// Rosetta-style number tasks in notebook cells: 100 doors, FizzBuzz from
// a rule table, Roman numerals both ways, look-and-say, Pascal's
// triangle, the longest Collatz chain, happy and perfect numbers, and
// the Josephus problem with a slice used as a ring.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//cell

func doors(n int) []int {
	open := make([]bool, n+1)
	for pass := 1; pass <= n; pass++ {
		for d := pass; d <= n; d += pass {
			open[d] = !open[d]
		}
	}
	var res []int
	for d, o := range open {
		if o {
			res = append(res, d)
		}
	}
	return res
}

type rule struct {
	div  int
	word string
}

var rules = []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}}

func fizz(i int) string {
	var sb strings.Builder
	for _, r := range rules {
		if i%r.div == 0 {
			sb.WriteString(r.word)
		}
	}
	if sb.Len() == 0 {
		return strconv.Itoa(i)
	}
	return sb.String()
}

//cell

var romanTable = [...]struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) string {
	var b []byte
	for _, e := range romanTable {
		for n >= e.v {
			b = append(b, e.s...)
			n -= e.v
		}
	}
	return string(b)
}

func fromRoman(s string) (int, error) {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0, fmt.Errorf("bad numeral %q at %d", s[i], i)
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

//cell

func lookAndSay(s string) string {
	var out strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		fmt.Fprintf(&out, "%d%c", j-i, s[i])
		i = j
	}
	return out.String()
}

func pascal(rows int) [][]int {
	tri := make([][]int, rows)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	return tri
}

//cell

var collatzMemo = map[int]int{1: 1}

func collatzLen(n int) int {
	if v, ok := collatzMemo[n]; ok {
		return v
	}
	var next int
	if n%2 == 0 {
		next = n / 2
	} else {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next)
	collatzMemo[n] = l
	return l
}

func isHappy(n int) bool {
	seen := map[int]bool{}
	for n != 1 && !seen[n] {
		seen[n] = true
		s := 0
		for ; n > 0; n /= 10 {
			d := n % 10
			s += d * d
		}
		n = s
	}
	return n == 1
}

func classify(n int) string {
	sum := 0
	for d := 1; d <= n/2; d++ {
		if n%d == 0 {
			sum += d
		}
	}
	switch {
	case sum == n:
		return "perfect"
	case sum > n:
		return "abundant"
	default:
		return "deficient"
	}
}

func josephus(n, k int) (order []int, survivor int) {
	ring := make([]int, n)
	for i := range ring {
		ring[i] = i
	}
	pos := 0
	for len(ring) > 1 {
		pos = (pos + k - 1) % len(ring)
		order = append(order, ring[pos])
		ring = append(ring[:pos], ring[pos+1:]...)
	}
	return order, ring[0]
}

//cell

func main() {
	fmt.Println("open doors:", doors(100))
	var line []string
	for i := 1; i <= 21; i++ {
		line = append(line, fizz(i))
	}
	fmt.Println(strings.Join(line, " "))

	for _, n := range []int{1990, 2008, 1666, 3999, 444} {
		r := toRoman(n)
		back, err := fromRoman(r)
		fmt.Printf("%4d -> %-12s -> %d %v\n", n, r, back, err)
	}
	if _, err := fromRoman("MCMZ"); err != nil {
		fmt.Println("error:", err)
	}

	s := "1"
	for i := 0; i < 8; i++ {
		fmt.Println(s)
		s = lookAndSay(s)
	}
	for _, row := range pascal(7) {
		fmt.Printf("%*s%v\n", 7-len(row), "", row)
	}

	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest collatz under 10000:", bestN, best)

	var happy []int
	for n := 1; len(happy) < 8; n++ {
		if isHappy(n) {
			happy = append(happy, n)
		}
	}
	fmt.Println("happy:", happy)

	counts := map[string]int{}
	for n := 1; n <= 1000; n++ {
		counts[classify(n)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()

	order, surv := josephus(41, 3)
	fmt.Println("killed first:", order[:10], "survivor:", surv)
}
