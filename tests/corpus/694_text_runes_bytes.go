//go:build ignore

// Text wrangling: word frequencies with strings.FieldsFunc and unicode
// classes, a rune-level title caser, bytes.Buffer and strings.Builder
// output, utf8 decoding, %q %x % x %X %U %c verbs on strings, runes
// and byte slices, and strings.NewReplacer / Map / EqualFold.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `Go's runes: naïve café — "Zürich", ZÜRICH and zürich!
Ünïcödé is fun; 日本語 is three runes. Tabs	and  spaces.`

type WordCount struct {
	Word  string
	Count int
}

//cell

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func title(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			up = false
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		if unicode.IsSpace(r) {
			up = true
		}
	}
	return b.String()
}

//cell

func main() {
	ws := words(text)
	fmt.Println(len(ws), ws[:6])
	freq := map[string]int{}
	for _, w := range ws {
		freq[strings.ToLower(w)]++
	}
	var wc []WordCount
	for w, c := range freq {
		wc = append(wc, WordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	for _, c := range wc[:5] {
		fmt.Printf("%-8s|%2d|%q|%x|% x|%X\n", c.Word, c.Count, c.Word, c.Word, c.Word, []byte(c.Word))
	}
	fmt.Println(title("hello wORLD, ünïcode  ok"))
	s := "日本語ab"
	fmt.Println(len(s), utf8.RuneCountInString(s), []rune(s)[1], string([]rune(s)[1:3]))
	for i, w := 0, 0; i < len(s); i += w {
		r, width := utf8.DecodeRuneInString(s[i:])
		w = width
		fmt.Printf("%d:%c:%U:%q:%d ", i, r, r, r, w)
	}
	fmt.Println()
	var buf bytes.Buffer
	for i, line := range strings.Split(text, "\n") {
		fmt.Fprintf(&buf, "%02d %5d %s\n", i, len(line), strings.ToUpper(string([]rune(line)[:8])))
	}
	buf.WriteString("end")
	fmt.Print(buf.String(), "\n")
	fmt.Println(buf.Len(), bytes.Count(buf.Bytes(), []byte("\n")))
	rep := strings.NewReplacer("ü", "ue", "Ü", "UE", "é", "e", "ï", "i")
	fmt.Println(rep.Replace("Zürich ÜBER café naïve"))
	rot := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case unicode.IsDigit(r):
			return -1
		}
		return r
	}, "hello 123 world")
	fmt.Println(rot, strings.EqualFold("Zürich", "ZÜRICH"), strings.EqualFold("ß", "SS"))
	b := []byte("a,b,,c")
	fmt.Printf("%q %v %s\n", bytes.Split(b, []byte(",")), bytes.Fields([]byte(" x  y ")), bytes.ToUpper(b))
	fmt.Printf("%q %+q %#q %x\n", "tab\there", "café", "raw`q", "hi")
	fmt.Printf("%5.2s|%-6q|%08b|%o|%#x|%c\n", "abcdef", 'x', 5, 64, 255, 0x1F600)
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.TrimFunc("¡¡Hola!!", unicode.IsPunct))
	fmt.Println(strings.Cut("key=value=x", "="))
	before, found := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(before, found, utf8.ValidString("a\xffb"), []byte("é"))
	fmt.Printf("%v %d %s\n", []rune("hé"), []byte("hé"), []string{"a", "b"})
}
