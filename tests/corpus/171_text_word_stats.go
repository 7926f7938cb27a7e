//go:build ignore

// Word statistics over a small text: a bufio.Scanner over a
// strings.Reader, normalising with strings.NewReplacer and strings.Map,
// counting in a map, sorting by count then word, and a table printed
// with fmt widths.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox -- jumps over the lazy dog.
"The dog," said the fox, "is lazy; the fox is quick!"
Über-fast foxes don't wait: they JUMP.`

var punct = strings.NewReplacer("--", " ", "-", " ", "\"", "", ",", "", ".", "", ";", "", ":", "", "!", "")

type WordCount struct {
	Word  string
	Count int
}

//cell

func normalise(s string) string {
	s = punct.Replace(s)
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case r == '\'':
			return -1
		case unicode.IsLetter(r), unicode.IsSpace(r):
			return r
		}
		return '_'
	}, s)
}

func count(r *bufio.Scanner) (map[string]int, int) {
	counts := make(map[string]int)
	total := 0
	for r.Scan() {
		counts[r.Text()]++
		total++
	}
	return counts, total
}

//cell

func ranked(counts map[string]int) []WordCount {
	var out []WordCount
	for w, c := range counts {
		out = append(out, WordCount{w, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	return out
}

func (wc WordCount) String() string {
	return fmt.Sprintf("%s×%d", wc.Word, wc.Count)
}

//cell

func main() {
	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		line := lines.Text()
		fmt.Printf("%2d| %-50q|%3d runes\n", n, line, len([]rune(line)))
	}
	sc := bufio.NewScanner(strings.NewReader(normalise(text)))
	sc.Split(bufio.ScanWords)
	counts, total := count(sc)
	fmt.Println("words:", total, "distinct:", len(counts))
	top := ranked(counts)
	for i, wc := range top[:5] {
		fmt.Printf("%-2d %-8s %3d %5.1f%%\n", i+1, wc.Word, wc.Count, 100*float64(wc.Count)/float64(total))
	}
	fmt.Println(top[:3])
	fmt.Printf("%v|%s|%+v\n", top[0], &top[1], top[2:3])
	var long []string
	for _, wc := range top {
		if len(wc.Word) > 4 && wc.Count == 1 {
			long = append(long, strings.ToUpper(wc.Word[:1])+wc.Word[1:])
		}
	}
	fmt.Println(strings.Join(long, ", "))
	letters := map[rune]int{}
	for _, r := range normalise(text) {
		if unicode.IsLetter(r) {
			letters[r]++
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var b strings.Builder
	for _, r := range keys {
		if letters[r] >= 5 {
			fmt.Fprintf(&b, "%c=%d ", r, letters[r])
		}
	}
	fmt.Println(strings.TrimSpace(b.String()))
	fmt.Printf("%q %U %x\n", keys[len(keys)-1], keys[len(keys)-1], string(keys[len(keys)-1]))
	title := strings.Fields(strings.ToLower("the LAZY dog"))
	for i, w := range title {
		title[i] = string(unicode.ToTitle(rune(w[0]))) + w[1:]
	}
	fmt.Println(strings.Join(title, " "), strings.Count(text, "fox"), strings.Index(text, "dog"), strings.LastIndex(text, "fox"))
}
