//go:build ignore

// Word frequency: normalise text, count words, print the top entries deterministically.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`

type wordCount struct {
	word  string
	count int
}

//cell

func count(s string) map[string]int {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func top(counts map[string]int, n int) []wordCount {
	var wcs []wordCount
	for w, c := range counts {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	if len(wcs) > n {
		wcs = wcs[:n]
	}
	return wcs
}

//cell

func main() {
	counts := count(text)
	fmt.Println("distinct:", len(counts))
	for i, wc := range top(counts, 6) {
		fmt.Printf("%d. %-8s %2d %s\n", i+1, wc.word, wc.count, strings.Repeat("*", wc.count))
	}
}
