//go:build ignore

// Word counts of a text: bufio.Scanner with ScanWords and lines, a top-N
// by slices.SortFunc, a histogram, strings.NewReplacer, strings.Map, a
// strings.Builder, and ranging over runes with %c %U %q.
package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

//cell

const text = "It was the best of times, it was the worst of times, it was the age of wisdom, " +
	"it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, " +
	"it was the season of Light, it was the season of Darkness.\nNo lines here?\n\n  Final line.  "

type WordCount struct {
	Word  string
	Count int
}

func (w WordCount) String() string { return fmt.Sprintf("%s×%d", w.Word, w.Count) }

func countWords(s string) map[string]int {
	counts := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			counts[w]++
		}
	}
	return counts
}

func topN(counts map[string]int, n int) []WordCount {
	var wcs []WordCount
	for w, c := range counts {
		wcs = append(wcs, WordCount{w, c})
	}
	slices.SortFunc(wcs, func(a, b WordCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Word, b.Word)
	})
	if len(wcs) > n {
		wcs = wcs[:n]
	}
	return wcs
}

//cell

func step1() {
	counts := countWords(text)
	top := topN(counts, 8)
	fmt.Println(top)
	for _, wc := range top {
		fmt.Printf("%-8s|%s %d\n", wc.Word, strings.Repeat("#", wc.Count), wc.Count)
	}
	fmt.Printf("%v\n%+v\n%q\n", top[:2], top[0], []string{top[0].Word, top[1].Word})
}

//cell

func step2() {
	lines := 0
	longest := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines++
		if l := strings.TrimSpace(sc.Text()); len(l) > len(longest) {
			longest = l
		}
	}
	fmt.Println(lines, len(longest), longest[:20])
	rep := strings.NewReplacer("it was", "'twas", "of", "o'")
	fmt.Println(rep.Replace(text[:60]))
	caesar := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+3)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+3)%26
		case r == ',':
			return -1
		}
		return r
	}, "Hello, World xyz")
	fmt.Println(caesar)
	var b strings.Builder
	b.Grow(64)
	for i, f := range strings.FieldsFunc("a-b_c d", func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		if i > 0 {
			b.WriteRune('·')
		}
		b.WriteString(strings.ToUpper(f[:1]) + f[1:])
	}
	fmt.Println(b.String(), b.Len(), strings.Count(text, "it"), strings.Index(text, "age"), strings.LastIndex(text, "was"))
	fmt.Println(strings.Title("x"), strings.EqualFold("Go", "GO"), strings.ContainsAny("hey", "xyz"), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q %v\n", strings.SplitAfter("a,b,c", ","), strings.TrimLeft("xxhixx", "x"), strings.HasSuffix(text, ".  "))
	runes := []rune("héllo, wörld")
	slices.Reverse(runes)
	fmt.Println(string(runes), len(runes), len("héllo, wörld"))
	for i, r := range "aé😀" {
		fmt.Printf("%d:%c:%U:%q ", i, r, r, r)
	}
	fmt.Println()
}

//cell

func main() {
	step1()
	step2()
}
