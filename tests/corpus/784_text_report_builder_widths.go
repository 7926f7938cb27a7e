//go:build ignore

// Text reports with fmt widths and precision: a word-frequency table
// from a text constant (strings.FieldsFunc, unicode.IsLetter, ToLower),
// bars scaled to the maximum, a box drawn with strings.Builder and
// runes of box-drawing characters, %*d and %-*s with computed widths,
// %x, %q, %U, %e and %08.3f verbs, and a wrapped paragraph.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//cell

const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it
was the epoch of incredulity, it was the season of Light, it was the
season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

func countWords(s string) []WordCount {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		m[strings.ToLower(w)]++
	}
	out := make([]WordCount, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, WordCount{k, m[k]})
	}
	slices.SortStableFunc(out, func(a, b WordCount) int { return cmp.Compare(b.Count, a.Count) })
	return out
}

func box(title string, lines []string) string {
	w := utf8.RuneCountInString(title)
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(l))
	}
	var b strings.Builder
	b.WriteString("┌" + strings.Repeat("─", w+2) + "┐\n")
	fmt.Fprintf(&b, "│ %-*s │\n", w, title)
	b.WriteString("├" + strings.Repeat("─", w+2) + "┤\n")
	for _, l := range lines {
		b.WriteString("│ ")
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", w-utf8.RuneCountInString(l)))
		b.WriteString(" │\n")
	}
	b.WriteRune('└')
	b.WriteString(strings.Repeat("─", w+2))
	b.WriteRune('┘')
	return b.String()
}

func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(s) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

//cell

func main() {
	wc := countWords(text)
	top := wc[:6]
	wmax := 0
	for _, c := range top {
		wmax = max(wmax, len(c.Word))
	}
	for i, c := range top {
		bar := strings.Repeat("█", c.Count*20/top[0].Count)
		fmt.Printf("%2d. %-*s %*d %5.1f%% %s\n", i+1, wmax, c.Word, 3, c.Count, 100*float64(c.Count)/float64(len(wc)), bar)
	}
	fmt.Println(len(wc), "distinct")

	var lines []string
	for _, c := range wc[len(wc)-4:] {
		lines = append(lines, fmt.Sprintf("%-12q %x %U", c.Word, c.Word[:2], []rune(c.Word)[0]))
	}
	fmt.Println(box("rare words ✓", lines))

	for _, l := range wrap(text, 34) {
		fmt.Printf("|%-34s|\n", l)
	}
	for _, v := range []float64{3.14159, -0.001234, 123456.789} {
		fmt.Printf("[%08.3f] [%10.2e] [%-10.4g] [%+.1f]\n", v, v, v, v)
	}
	fmt.Printf("%6.2f%%|%-8t|%08b|%o|%#x|%5.1q\n", 12.345, true, 13, 64, 255, "abc")
	fmt.Printf("%v %d %s\n", wc[0], wc[1], fmt.Sprint(wc[2:4]))
}
