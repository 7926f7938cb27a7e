//go:build ignore

// Rosetta Code tasks: 100 doors, Towers of Hanoi, N-queens counts,
// the Ackermann function, look-and-say, Roman numerals both ways, the
// Josephus problem, Levenshtein distance, balanced brackets, the
// Sieve of Eratosthenes, perfect numbers, Pascal's triangle, and FizzBuzz
// through a table of rules.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

//cell

func doors() []int {
	var open [101]bool
	for pass := 1; pass <= 100; pass++ {
		for d := pass; d <= 100; d += pass {
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

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+to)
	hanoi(n-1, via, to, from, moves)
}

func queens(n int) int {
	count := 0
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count
}

func ackermann(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

//cell

func lookAndSay(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

var romanTable = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var b strings.Builder
	for _, e := range romanTable {
		for n >= e.v {
			b.WriteString(e.s)
			n -= e.v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func josephus(n, k int) int {
	pos := 0
	for i := 2; i <= n; i++ {
		pos = (pos + k) % i
	}
	return pos
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

//cell

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func perfect(limit int) []int {
	var out []int
	for n := 2; n <= limit; n++ {
		sum := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				sum += d
				if d*d != n {
					sum += n / d
				}
			}
		}
		if sum == n {
			out = append(out, n)
		}
	}
	return out
}

func pascal(rows int) [][]int {
	t := make([][]int, rows)
	for i := range t {
		t[i] = make([]int, i+1)
		t[i][0], t[i][i] = 1, 1
		for j := 1; j < i; j++ {
			t[i][j] = t[i-1][j-1] + t[i-1][j]
		}
	}
	return t
}

type rule struct {
	div  int
	word string
}

func fizz(n int, rules []rule) string {
	var b strings.Builder
	for _, r := range rules {
		if n%r.div == 0 {
			b.WriteString(r.word)
		}
	}
	if b.Len() == 0 {
		return strconv.Itoa(n)
	}
	return b.String()
}

//cell

func main() {
	fmt.Println("open doors:", doors())
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves[:7], " "))
	for n := 1; n <= 8; n++ {
		fmt.Print(queens(n), " ")
	}
	fmt.Println()
	fmt.Println(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
	s := "1"
	for range 8 {
		fmt.Print(s, " ")
		s = lookAndSay(s)
	}
	fmt.Println(len(s))
	for _, n := range []int{1990, 2008, 1666, 3999, 4, 14} {
		r := toRoman(n)
		fmt.Printf("%d=%s=%d ", n, r, fromRoman(r))
	}
	fmt.Println()
	fmt.Println(josephus(41, 3), josephus(5, 2), josephus(1, 9))
	fmt.Println(levenshtein("kitten", "sitting"), levenshtein("rosettacode", "raisethysword"), levenshtein("", "abc"), levenshtein("héllo", "hello"))
	for _, b := range []string{"", "[]", "][", "[{()}]", "[(])", "{[]}()", "(("} {
		fmt.Printf("%q:%v ", b, balanced(b))
	}
	fmt.Println()
	fmt.Println(perfect(10000))
	for _, row := range pascal(7) {
		fmt.Printf("%*s%v\n", 7-len(row), "", row)
	}
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Baxx"}}
	var out []string
	for i := 1; i <= 21; i++ {
		out = append(out, fizz(i, rules))
	}
	fmt.Println(strings.Join(out, ","))
}
