//go:build ignore

// Strings and runes: bytes versus runes, ranging over UTF-8, conversions.
package main

import (
	"fmt"
	"unicode/utf8"
)

const s = "สวัสดี"

//cell

func examineRune(r rune) {
	if r == 't' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}

//cell

func main() {
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}
	h := "héllo, 世界"
	rs := []rune(h)
	bs := []byte(h)
	fmt.Println(len(h), len(rs), len(bs), string(rs[1]), string(rs[7:]))
	fmt.Println(string(bs[:3]), h[1:3], h[7:])
	fmt.Printf("%q %+q %x % x\n", h, h, "go", "go")
	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), "abc" < "abd", "Z" < "a")
}
