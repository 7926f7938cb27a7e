//go:build ignore

// Rune handling and word counting: utf8 decoding of valid and broken
// bytes, rune counts versus byte lengths, a word counter type with a
// tokenizer built on unicode classes, sorting words by count then
// alphabetically, title-casing and reversing by runes, and padding by
// display width.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func tokenize(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

func reverseRunes(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

func titleCase(s string) string {
	var sb strings.Builder
	up := true
	for _, r := range s {
		if up && unicode.IsLetter(r) {
			sb.WriteRune(unicode.ToTitle(r))
			up = false
			continue
		}
		if unicode.IsSpace(r) || r == '-' {
			up = true
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func padRight(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	return s + strings.Repeat(" ", width-n)
}

//cell

type WordCount struct {
	Word  string
	Count int
}

type Counter struct {
	counts map[string]int
	total  int
	runes  int
}

func NewCounter() *Counter { return &Counter{counts: map[string]int{}} }

func (c *Counter) Add(text string) {
	c.runes += utf8.RuneCountInString(text)
	for _, w := range tokenize(text) {
		c.counts[strings.ToLower(w)]++
		c.total++
	}
}

func (c *Counter) Top(n int) []WordCount {
	var out []WordCount
	for w, k := range c.counts {
		out = append(out, WordCount{w, k})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

//cell

func main() {
	text := []string{
		"The café's crème brûlée — the best in Zürich!",
		"Ünïcödé is fun; the FUN never ends. 日本語 テキスト 123",
		"it's the end, it's THE END",
	}
	c := NewCounter()
	for _, t := range text {
		c.Add(t)
		fmt.Printf("%2d bytes=%d runes=%d valid=%v\n", len(tokenize(t)), len(t), utf8.RuneCountInString(t), utf8.ValidString(t))
	}
	for _, wc := range c.Top(6) {
		fmt.Printf("|%s| %d\n", padRight(wc.Word, 8), wc.Count)
	}
	fmt.Println(c.total, c.runes, len(c.counts))

	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	bad := []byte{'a', 0xff, 0xe4, 0xb8, 'b', 0xc3}
	for i := 0; i < len(bad); {
		r, w := utf8.DecodeRune(bad[i:])
		fmt.Printf("%q/%d ", r, w)
		i += w
	}
	fmt.Println(utf8.Valid(bad), string(bad) == "a\uFFFD\uFFFDb\uFFFD", []rune(string(bad)))
	for _, r := range string(bad) {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println()
	last, w := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d %v\n", last, w, utf8.FullRune([]byte(s)[:2]))
	buf := utf8.AppendRune(nil, '世')
	buf = utf8.AppendRune(buf, -1)
	fmt.Printf("% x %d\n", buf, utf8.RuneLen(-1))
	fmt.Println(reverseRunes("héllo, 世界"), titleCase("jean-luc picard of éire"))
	fmt.Println(strings.ToUpper("straße"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"))
	fmt.Println(unicode.Is(unicode.Han, '語'), unicode.In('テ', unicode.Katakana, unicode.Hiragana), unicode.IsUpper('Ü'), unicode.SimpleFold('k'))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, text[0]))
	fmt.Println(strings.IndexRune(s, '🙂'), strings.IndexByte(s, 'a'), strings.ContainsRune(s, '世'), len(s))
	var sb strings.Builder
	for _, r := range []rune{0x48, 0x49, 0x1F600, 0xD800, 0x10FFFF + 1} {
		sb.WriteRune(r)
	}
	fmt.Printf("%q %d\n", sb.String(), utf8.RuneCountInString(sb.String()))
}
