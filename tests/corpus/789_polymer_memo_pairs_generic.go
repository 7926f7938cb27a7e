//go:build ignore

// Pair-insertion polymer growth (AoC 2021 day 14 style): rules parsed
// with strings.Cut, naive string growth for a few steps with
// strings.Builder, then counts of adjacent pairs in a map keyed by a
// generic Pair[byte, byte] for forty steps, memoized recursion keyed by
// a struct of a pair and a depth as a cross-check, and the answer as
// the most common minus the least common element.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

//cell

const rulesText = `NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C`

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

type BB = Pair[byte, byte]

func parseRules(s string) (string, map[BB]byte) {
	tmpl, rest, _ := strings.Cut(s, "\n\n")
	rules := map[BB]byte{}
	for _, l := range strings.Split(rest, "\n") {
		from, to, ok := strings.Cut(l, " -> ")
		if ok {
			rules[MakePair(from[0], from[1])] = to[0]
		}
	}
	return tmpl, rules
}

func grow(p string, rules map[BB]byte) string {
	var b strings.Builder
	for i := 0; i < len(p)-1; i++ {
		b.WriteByte(p[i])
		if c, ok := rules[BB{p[i], p[i+1]}]; ok {
			b.WriteByte(c)
		}
	}
	b.WriteByte(p[len(p)-1])
	return b.String()
}

//cell

func spread(counts map[byte]int) int {
	vals := slices.Collect(maps.Values(counts))
	return slices.Max(vals) - slices.Min(vals)
}

func byPairs(tmpl string, rules map[BB]byte, steps int) map[byte]int {
	pairs := map[BB]int{}
	for i := 0; i < len(tmpl)-1; i++ {
		pairs[BB{tmpl[i], tmpl[i+1]}]++
	}
	for range steps {
		next := make(map[BB]int, len(pairs))
		for p, n := range pairs {
			if c, ok := rules[p]; ok {
				next[MakePair(p.First, c)] += n
				next[MakePair(c, p.Second)] += n
			} else {
				next[p] += n
			}
		}
		pairs = next
	}
	counts := map[byte]int{tmpl[len(tmpl)-1]: 1}
	for p, n := range pairs {
		counts[p.First] += n
	}
	return counts
}

type memoKey struct {
	P     BB
	Depth int
}

func byMemo(tmpl string, rules map[BB]byte, steps int) map[byte]int {
	memo := map[memoKey]map[byte]int{}
	var count func(p BB, d int) map[byte]int
	count = func(p BB, d int) map[byte]int {
		k := memoKey{p, d}
		if m, ok := memo[k]; ok {
			return m
		}
		out := map[byte]int{}
		c, ok := rules[p]
		if d == 0 || !ok {
			out[p.First]++
		} else {
			for b, n := range count(BB{p.First, c}, d-1) {
				out[b] += n
			}
			for b, n := range count(BB{c, p.Second}, d-1) {
				out[b] += n
			}
		}
		memo[k] = out
		return out
	}
	total := map[byte]int{tmpl[len(tmpl)-1]: 1}
	for i := 0; i < len(tmpl)-1; i++ {
		for b, n := range count(BB{tmpl[i], tmpl[i+1]}, steps) {
			total[b] += n
		}
	}
	return total
}

//cell

func main() {
	tmpl, rules := parseRules(rulesText)
	fmt.Println(tmpl, len(rules), rules[BB{'C', 'H'}] == 'B')
	p := tmpl
	for i := 1; i <= 4; i++ {
		p = grow(p, rules)
		if len(p) < 60 {
			fmt.Println(i, p)
		} else {
			fmt.Println(i, len(p), p[:20]+"...")
		}
	}
	for _, steps := range []int{10, 40} {
		a, b := byPairs(tmpl, rules, steps), byMemo(tmpl, rules, steps)
		keys := slices.SortedFunc(maps.Keys(a), func(x, y byte) int { return cmp.Compare(a[y], a[x]) })
		fmt.Printf("%d: %d %v %q", steps, spread(a), maps.Equal(a, b), keys)
		for _, k := range keys {
			fmt.Printf(" %c=%d", k, a[k])
		}
		fmt.Println()
	}
	fmt.Printf("%v %+v\n", MakePair("x", 1.5), MakePair(BB{'a', 'b'}, []int{1}))
}
