//go:build ignore

// Small puzzles over one input style: inclusive ranges "a-b,c-d"
// parsed with fmt.Sscanf and merged after sorting, bit masks of
// lowercase letters (a uint32 per word, bits.OnesCount32, common
// letters by &), rows of a grid as uint masks built by 1 << (len(row)
// - 1 - i), and memoized recursion counting arrangements with a map
// keyed by a struct of two ints, passed in a closure.
package main

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

//cell

const pairs = `2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8
10-14,1-3`

type Range struct{ Lo, Hi int }

func (r Range) Contains(o Range) bool { return r.Lo <= o.Lo && o.Hi <= r.Hi }

func (r Range) Overlaps(o Range) bool { return r.Lo <= o.Hi && o.Lo <= r.Hi }

func (r Range) Len() int { return r.Hi - r.Lo + 1 }

func merge(rs []Range) []Range {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b Range) int { return cmp.Or(cmp.Compare(a.Lo, b.Lo), cmp.Compare(a.Hi, b.Hi)) })
	var out []Range
	for _, r := range rs {
		if n := len(out); n > 0 && r.Lo <= out[n-1].Hi+1 {
			out[n-1].Hi = max(out[n-1].Hi, r.Hi)
			continue
		}
		out = append(out, r)
	}
	return out
}

//cell

func mask(w string) uint32 {
	var m uint32
	for _, c := range w {
		m |= 1 << (c - 'a')
	}
	return m
}

func letters(m uint32) string {
	var b strings.Builder
	for m != 0 {
		i := bits.TrailingZeros32(m)
		b.WriteByte(byte('a' + i))
		m &= m - 1
	}
	return b.String()
}

//cell

type key struct{ i, left int }

func countWays(coins []int, target int) int {
	memo := map[key]int{}
	var ways func(i, left int) int
	ways = func(i, left int) int {
		if left == 0 {
			return 1
		}
		if i == len(coins) || left < 0 {
			return 0
		}
		k := key{i, left}
		if v, ok := memo[k]; ok {
			return v
		}
		v := ways(i, left-coins[i]) + ways(i+1, left)
		memo[k] = v
		return v
	}
	n := ways(0, target)
	fmt.Printf("  memo entries for %d: %d\n", target, len(memo))
	return n
}

//cell

func main() {
	var all []Range
	contained, overlap := 0, 0
	for _, line := range strings.Split(pairs, "\n") {
		var a, b Range
		n, err := fmt.Sscanf(line, "%d-%d,%d-%d", &a.Lo, &a.Hi, &b.Lo, &b.Hi)
		if err != nil || n != 4 {
			fmt.Println("bad", line, err)
			continue
		}
		if a.Contains(b) || b.Contains(a) {
			contained++
		}
		if a.Overlaps(b) {
			overlap++
		}
		all = append(all, a, b)
	}
	fmt.Println("contained", contained, "overlap", overlap)
	merged := merge(all)
	total := 0
	for _, r := range merged {
		total += r.Len()
	}
	fmt.Printf("%v covers %d\n", merged, total)

	words := []string{"vjrvwdttj", "jqhrnnjgzjlzqhjg", "pmmdzqpzvrz", "wmvtpjjpvz"}
	common := ^uint32(0)
	for _, w := range words {
		m := mask(w)
		common &= m
		fmt.Printf("%-17s %026b %2d %s\n", w, m, bits.OnesCount32(m), letters(m))
	}
	fmt.Printf("common %q\n", letters(common))

	var rows []uint
	for _, row := range []string{"#.##", "..#.", "#..."} {
		var m uint
		for i, c := range row {
			if c == '#' {
				m |= 1 << (len(row) - 1 - i)
			}
		}
		rows = append(rows, m)
	}
	best, bestN := uint(0), -1
	for m := uint(0); m < 16; m++ {
		n := 0
		for _, r := range rows {
			n += bits.OnesCount(r ^ m)
		}
		if bestN < 0 || n < bestN {
			best, bestN = m, n
		}
	}
	fmt.Printf("%04b %04b %d\n", rows, best, bestN)

	for _, t := range []int{10, 37, 100} {
		fmt.Println(t, countWays([]int{1, 2, 5, 10, 25}, t))
	}
}
