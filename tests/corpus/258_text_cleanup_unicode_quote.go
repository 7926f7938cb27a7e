//go:build ignore

// Cleaning messy text the way a notebook does: strings.Map with unicode
// classes, bytes.Buffer and bytes functions, title-casing by hand, slugs,
// strconv.Quote, QuoteToASCII, Unquote and AppendQuote, rune counts and
// widths, and a later cell that replaces the normaliser the pipeline calls.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var titles = []string{
	"  The Quick\tBrown  fox ",
	"Ça va? Très bien!",
	"naïve café — déjà vu",
	"ÜBER\u00a0cool\u200b stuff",
	"go-go: 100% (GOOD)",
}

type Cleaner func(string) string

var normalise Cleaner = func(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func pipeline(s string) string {
	return slug(normalise(s))
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func init() {
	for _, t := range titles {
		fmt.Printf("%-28q -> %s\n", t, pipeline(t))
	}
}

//cell

func stripMarks(s string) string {
	repl := map[rune]string{'ç': "c", 'Ç': "C", 'é': "e", 'è': "e", 'ï': "i", 'à': "a", 'Ü': "U", 'ü': "u"}
	var b strings.Builder
	for _, r := range s {
		if x, ok := repl[r]; ok {
			b.WriteString(x)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func init() {
	old := normalise
	normalise = func(s string) string {
		s = strings.Map(func(r rune) rune {
			if r == '\u200b' {
				return -1
			}
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, s)
		return stripMarks(old(s))
	}
	for _, t := range titles {
		fmt.Println(pipeline(t))
	}
}

//cell

type Stats struct {
	Bytes, Runes, Letters, Upper, Digits, Punct, Spaces int
}

func stats(s string) Stats {
	st := Stats{Bytes: len(s), Runes: utf8.RuneCountInString(s)}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			st.Upper++
			st.Letters++
		case unicode.IsLetter(r):
			st.Letters++
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsPunct(r), unicode.IsSymbol(r):
			st.Punct++
		case unicode.IsSpace(r):
			st.Spaces++
		}
	}
	return st
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToTitle(r)) + strings.ToLower(w[n:])
	}
	return strings.Join(words, " ")
}

//cell

func main() {
	for _, t := range titles {
		fmt.Printf("%+v\n", stats(t))
	}
	fmt.Println(titleCase("élan vital of the ÉCOLE"))

	var buf bytes.Buffer
	for i, t := range titles[:3] {
		buf.WriteString(strconv.Itoa(i))
		buf.WriteByte(':')
		buf.WriteString(normalise(t))
		buf.WriteByte('\n')
	}
	raw := buf.Bytes()
	fmt.Println(bytes.Count(raw, []byte("\n")), bytes.HasPrefix(raw, []byte("0:")), bytes.Index(raw, []byte("fox")))
	for _, line := range bytes.Split(bytes.TrimSpace(raw), []byte("\n")) {
		k, v, _ := bytes.Cut(line, []byte(":"))
		fmt.Printf("%s=%q upper=%s\n", k, v, bytes.ToUpper(v))
	}
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsRune(raw, 'é'))

	q := strconv.Quote(titles[2])
	fmt.Println(q, strconv.QuoteToASCII(titles[3]), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('é'))
	u, err := strconv.Unquote(q)
	fmt.Println(u == titles[2], err)
	_, err = strconv.Unquote(`"broken`)
	fmt.Println(err)
	b := strconv.AppendQuote([]byte("title="), "a\"b")
	b = strconv.AppendInt(append(b, ' '), -42, 16)
	fmt.Println(string(b), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00a0'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.ToUpper("straße"), strings.Title("x"))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a<b && c>d"), strings.Count("cheese", "e"), strings.LastIndexByte("go gopher", 'o'))
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.IndexFunc("héllo", func(r rune) bool { return r > 127 }))
}
