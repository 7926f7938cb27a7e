//go:build ignore

// Word games on maps and unicode: a word count that keeps apostrophes
// inside words, anagram detection by sorted lowercase runes, isograms that
// ignore spaces and hyphens, and pangram checks, with groups of anagrams
// kept in a map of slices and printed in sorted order.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type Frequency map[string]int

//cell

func WordCount(s string) Frequency {
	f := Frequency{}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w != "" {
			f[w]++
		}
	}
	return f
}

func key(w string) string {
	rs := []rune(strings.ToLower(w))
	slices.Sort(rs)
	return string(rs)
}

func Anagrams(subject string, candidates []string) []string {
	var out []string
	k := key(subject)
	for _, c := range candidates {
		if !strings.EqualFold(c, subject) && key(c) == k {
			out = append(out, c)
		}
	}
	return out
}

func IsIsogram(s string) bool {
	seen := map[rune]bool{}
	for _, r := range s {
		if r == ' ' || r == '-' {
			continue
		}
		r = unicode.ToLower(r)
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func IsPangram(s string) bool {
	var have [26]bool
	n := 0
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' && !have[r-'a'] {
			have[r-'a'] = true
			n++
		}
	}
	return n == 26
}

//cell

func main() {
	f := WordCount("Joe can't tell between 'large' and large. It's LARGE, joe! one,two\tthree 1 2 2")
	type kv struct {
		w string
		n int
	}
	var list []kv
	for w, n := range f {
		list = append(list, kv{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list {
		fmt.Printf("%-8s %d\n", e.w, e.n)
	}
	fmt.Println(Anagrams("Orchestra", []string{"cashregister", "Carthorse", "radishes", "orchestra", "HORSECART"}))
	fmt.Println(Anagrams("ΑΒΓ", []string{"ΒΓΑ", "βγα", "ΓΒΑ", "γβα", "ΑΒΓ"}))
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google inlets banana tinsel elgoog stone tones notes") {
		groups[key(w)] = append(groups[key(w)], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %s\n", k, strings.Join(groups[k], ","))
	}
	for _, s := range []string{"lumberjacks", "isograms", "six-year-old", "Alphabet", "thumbscrew-japingly", "Émile"} {
		fmt.Printf("%q isogram=%t\n", s, IsIsogram(s))
	}
	fmt.Println(IsPangram("The quick brown fox jumps over the lazy dog"), IsPangram("a quick movement of the enemy"))
}
