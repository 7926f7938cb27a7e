//go:build ignore

// Strings, bytes, runes and characters: a string is read-only bytes that
// may hold invalid UTF-8; ranging decodes runes (an invalid byte becomes
// U+FFFD for one step); utf8 counts and validates; %q, %+q and %x show
// the same bytes differently; combining marks make one "character" of two
// runes.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const sample = "h\u00e9llo, \u4e16\u754c"

var broken = "ok\xffz\xe2\x82"

func dumpRunes(s string) {
	for i, r := range s {
		fmt.Printf("  %d:%q(%d)", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
}

//cell

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func byteWalk(s string) []string {
	var out []string
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		out = append(out, fmt.Sprintf("%U/%d", r, size))
		s = s[size:]
	}
	return out
}

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

//cell

func main() {
	fmt.Println(len(sample), utf8.RuneCountInString(sample), utf8.ValidString(sample))
	fmt.Printf("%s\n%q\n%+q\n%x\n% x\n", sample, sample, sample, sample, sample)
	dumpRunes(sample)
	fmt.Println(len(broken), utf8.RuneCountInString(broken), utf8.ValidString(broken))
	fmt.Printf("%q %+q %x\n", broken, broken, broken)
	dumpRunes(broken)
	fmt.Println(strings.Join(byteWalk(broken), " "))
	fmt.Println(strings.ToValidUTF8(broken, "?"))

	fmt.Println(reverseRunes(sample))
	r, n := lastRune(sample)
	fmt.Printf("%c %d\n", r, n)
	r, n = lastRune(broken)
	fmt.Printf("%q %d\n", r, n)

	e1 := "caf\u00e9"
	e2 := "cafe\u0301"
	fmt.Println(e1 == e2, len(e1), len(e2), utf8.RuneCountInString(e2))
	for _, r := range e2 {
		fmt.Printf("%q mark=%v ", r, unicode.Is(unicode.Mn, r))
	}
	fmt.Println()

	b := []byte(sample)
	b[0] = 'H'
	fmt.Println(string(b), sample[:1], b[1], sample[1])
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(65)), utf8.RuneError)
	buf := utf8.AppendRune(nil, '\u754c')
	fmt.Printf("%v %x %v\n", buf, buf, utf8.FullRune(buf[:2]))
	fmt.Printf("%c|%3c|%-3c|%U|%#U\n", 'x', 'y', 'z', '\u00e9', '\u4e16')
	fmt.Printf("%q %+q %#q\n", '\t', '\u00e9', "back`tick")
	fmt.Println(strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII {
			return '*'
		}
		return unicode.ToUpper(r)
	}, sample))
}
