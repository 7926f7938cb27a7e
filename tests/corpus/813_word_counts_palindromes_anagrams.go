//go:build ignore

// String processing as in a notebook: word counts with FieldsFunc and a
// map sorted by count then word, palindromes over letters and digits,
// %-40.40q padding of quoted sentences, anagram groups by sorted bytes,
// title-casing with a Builder and a Caesar cipher with strings.Map.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func isPal(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

//cell

func main() {
	text := `The quick brown fox jumps over the lazy dog. The dog sleeps;
	the fox, quick and brown, runs! A man, a plan, a canal: Panama. Listen silent enlist.`

	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	type kv struct {
		K string
		V int
	}
	var top []kv
	for k, v := range counts {
		top = append(top, kv{k, v})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].V != top[j].V {
			return top[i].V > top[j].V
		}
		return top[i].K < top[j].K
	})
	for _, e := range top[:5] {
		fmt.Printf("%-6s %2d\n", e.K, e.V)
	}

	for _, s := range strings.Split(text, ".") {
		s = strings.TrimSpace(s)
		if s != "" {
			fmt.Printf("%-40.40q %v\n", s, isPal(s))
		}
	}

	sig := func(w string) string {
		b := []byte(w)
		slices.Sort(b)
		return string(b)
	}
	anagrams := map[string][]string{}
	seen := map[string]bool{}
	for _, w := range words {
		if seen[w] {
			continue
		}
		seen[w] = true
		anagrams[sig(w)] = append(anagrams[sig(w)], w)
	}
	var groups [][]string
	for _, g := range anagrams {
		if len(g) > 1 {
			slices.Sort(g)
			groups = append(groups, g)
		}
	}
	slices.SortFunc(groups, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	fmt.Println(groups)

	// more checks

	fmt.Println(isPal("Été"), isPal("A man, a plan"), isPal(""), isPal("Racecar"))
	var sb strings.Builder
	for i, w := range words[:8] {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String(), sb.Len())
	caesar := func(s string, k int) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return 'a' + (r-'a'+rune(k))%26
			}
			return r
		}, s)
	}
	enc := caesar("hello, world", 3)
	fmt.Println(enc, caesar(enc, 23))
}
