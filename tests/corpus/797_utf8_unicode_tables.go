//go:build ignore

// Text inspection in a notebook: a Profile of a string built with
// unicode/utf8 (RuneCount, DecodeRune and DecodeLastRune, invalid bytes,
// EncodeRune, AppendRune, ValidString, RuneLen, FullRune) and unicode
// tables (Is with Han/Greek/Cyrillic, In, IsOneOf, categories,
// SimpleFold, To with cases, Turkish special case), with a classify
// function refined in a later cell.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Profile struct {
	Bytes, Runes, Invalid int
	Scripts               map[string]int
}

var scripts = []struct {
	name string
	t    *unicode.RangeTable
}{{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic}, {"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}}

func profile(s string) Profile {
	p := Profile{Bytes: len(s), Runes: utf8.RuneCountInString(s), Scripts: map[string]int{}}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			p.Invalid++
		}
		for _, sc := range scripts {
			if unicode.Is(sc.t, r) {
				p.Scripts[sc.name]++
			}
		}
		i += size
	}
	return p
}

func (p Profile) String() string {
	var parts []string
	for _, sc := range scripts {
		if n := p.Scripts[sc.name]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s=%d", sc.name, n))
		}
	}
	return fmt.Sprintf("%dB %dR %d bad [%s]", p.Bytes, p.Runes, p.Invalid, strings.Join(parts, " "))
}

//cell

var classify = func(r rune) string {
	switch {
	case unicode.IsLetter(r):
		return "L"
	case unicode.IsDigit(r):
		return "D"
	}
	return "?"
}

func classes(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(classify(r))
	}
	return b.String()
}

//cell

func main() {
	for _, s := range []string{"hello", "héllo wörld", "Ελληνικά и русский", "日本語とにほんご", "bad\xff\xfebytes", ""} {
		fmt.Printf("%-24q %v %v\n", s, profile(s), utf8.ValidString(s))
	}
	s := "aé世🙂"
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c %U %d %d|", r, r, n, utf8.RuneLen(r))
		s = s[:len(s)-n]
	}
	fmt.Println()
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Printf("% x %d %v %v\n", buf[:n], n, utf8.FullRune(buf[:2]), utf8.FullRune(buf[:n]))
	b := utf8.AppendRune([]byte("x"), 0x10FFFF)
	b = utf8.AppendRune(b, 0xD800)
	b = utf8.AppendRune(b, -1)
	fmt.Printf("% x %v %v %v\n", b, utf8.ValidRune(0xD800), utf8.RuneLen(0xD800), utf8.RuneStart(b[2]))

	fmt.Println(classes("abc123 ½Ⅻ٣"))
	// the refinement: numbers that are not digits, spaces, punctuation
	classify = func(r rune) string {
		switch {
		case unicode.IsUpper(r):
			return "U"
		case unicode.IsLetter(r):
			return "l"
		case unicode.IsDigit(r):
			return "D"
		case unicode.IsNumber(r):
			return "N"
		case unicode.IsSpace(r):
			return "_"
		case unicode.IsPunct(r):
			return "P"
		case unicode.IsSymbol(r):
			return "S"
		case unicode.IsControl(r):
			return "C"
		}
		return "?"
	}
	fmt.Println(classes("Abc123 ½Ⅻ٣!+\t\u00a0\u200b"))

	fmt.Println(unicode.In('λ', unicode.Latin, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, 'x'))
	fmt.Println(unicode.Is(unicode.Lu, 'Ä'), unicode.Is(unicode.Nd, '٣'), unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'))
	for _, r := range []rune{'k', 'K', 'ß', 'İ', 'ı'} {
		fmt.Printf("%c→%c,%c,%c,%c ", r, unicode.SimpleFold(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println()
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "ISPARTA"))
	fmt.Println(unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.MaxRune, unicode.Version != "")
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σς", "ΣΣ"), strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, "e\u0301a\u0300"))
}
