//go:build ignore

// Strings by the spec: indexing yields bytes, len counts bytes, range
// decodes UTF-8 runes with their byte offsets and yields U+FFFD (width 1)
// for each invalid byte, strings are immutable values, and conversions
// from []byte copy. Rune literals, escapes and raw strings as well.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const mixed = "aé世🙂"

func walk(s string) string {
	var sb strings.Builder
	for i, r := range s {
		fmt.Fprintf(&sb, "%d:%U(%d) ", i, r, utf8.RuneLen(r))
	}
	return sb.String()
}

//cell

func bytesOf(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		out = append(out, fmt.Sprintf("%02x", s[i]))
	}
	return out
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

//cell

func main() {
	fmt.Println(len(mixed), utf8.RuneCountInString(mixed), len([]rune(mixed)))
	fmt.Println(walk(mixed))
	fmt.Println(bytesOf("é世"))
	fmt.Printf("%T %v %T %v %c\n", mixed[1], mixed[1], 'é', 'é', mixed[1])

	bad := "a\xffb\xe4\xb8c"
	fmt.Println(walk(bad))
	fmt.Println(utf8.ValidString(bad), len(bad), []rune(bad))
	for _, r := range "\xc0\x80" {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println()

	fmt.Println(reverseRunes("héllo, 世界"), reverseRunes(reverseBytes("ab")))
	fmt.Println(utf8.ValidString(reverseBytes("é")))

	s := "hello"
	t := s
	bs := []byte(s)
	bs[0] = 'j'
	t += "!"
	fmt.Println(s, t, string(bs))
	sub := s[1:3]
	fmt.Println(sub, s[:0] == "", s[len(s):], s[3:] < s[:3])

	fmt.Println('a' < 'b', "abc" < "abd", "Z" < "a", "" < "a", "é" > "z")
	fmt.Println("\u00e9" == "é", "\xc3\xa9" == "é", '\x41', '\101', '\u0041', "\t|" == "	|")
	raw := `a\nb
c`
	fmt.Println(len(raw), strings.Count(raw, "\n"), raw[1] == '\\')
	fmt.Printf("%q %+q %x % x\n", "é\n", "é", "hi", "hi")

	var r rune = 'é'
	var b byte = 'A'
	fmt.Println(string(r)+string(rune(b)), r+1, b+1, string(r+1))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	buf = append(buf, "!x"...)
	fmt.Println(buf, string(buf))
	r2, size := utf8.DecodeRuneInString(mixed[1:])
	r3, size3 := utf8.DecodeRuneInString(mixed[2:])
	fmt.Printf("%c %d %q %d\n", r2, size, r3, size3)
	fmt.Println(strings.ToUpper("straße"), strings.EqualFold("Go", "GO"), strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	for i := range "aé" {
		fmt.Print(i, " ")
	}
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}
