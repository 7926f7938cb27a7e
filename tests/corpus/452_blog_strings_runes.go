//go:build ignore

// The Go blog's "Strings, bytes, runes and characters in Go": a string
// holding arbitrary bytes printed by byte with %x and % x, %q and %+q,
// a raw string holding the Place of Interest sign, ranging over a string
// (byte offsets and runes, invalid bytes as U+FFFD), utf8.DecodeRuneInString
// in a loop, counting runes and bytes, and conversions between string,
// []byte and []rune.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//cell

const sample = "\xbd\xb2\x3d\xbc\x20\xe2\x8c\x98"

const placeOfInterest = `⌘`

func byBytes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, "%x ", s[i])
	}
	return b.String()
}

func runesAt(s string) []string {
	var out []string
	for index, runeValue := range s {
		out = append(out, fmt.Sprintf("%#U@%d", runeValue, index))
	}
	return out
}

//cell

func main() {
	fmt.Println("Println:")
	fmt.Println(len(sample))
	fmt.Println("Byte loop:")
	fmt.Println(byBytes(sample))
	fmt.Printf("Printf with %%x: %x\n", sample)
	fmt.Printf("Printf with %% x: % x\n", sample)
	fmt.Printf("Printf with %%q: %q\n", sample)
	fmt.Printf("Printf with %%+q: %+q\n", sample)

	fmt.Printf("plain string: %s|", placeOfInterest)
	fmt.Printf("quoted string: %+q|", placeOfInterest)
	fmt.Printf("hex bytes: ")
	for i := 0; i < len(placeOfInterest); i++ {
		fmt.Printf("%x ", placeOfInterest[i])
	}
	fmt.Printf("\n")

	const nihongo = "日本語"
	for _, s := range runesAt(nihongo) {
		fmt.Println(s)
	}
	for w, i := 0, 0; i < len(nihongo); i += w {
		runeValue, width := utf8.DecodeRuneInString(nihongo[i:])
		fmt.Printf("%#U starts at byte position %d (width %d)\n", runeValue, i, width)
		w = width
	}
	fmt.Println(runesAt(sample))
	fmt.Println(utf8.RuneCountInString(sample), utf8.ValidString(sample), utf8.ValidString(nihongo))

	s := "héllo, wörld ⌘"
	rs := []rune(s)
	bs := []byte(s)
	fmt.Println(len(s), len(rs), len(bs), utf8.RuneCount(bs))
	fmt.Println(string(rs[1]), string(rs[7:12]), string(bs[:2]), rs[13] == '⌘')
	upper := []rune{}
	for _, r := range s {
		if unicode.IsLetter(r) {
			upper = append(upper, unicode.ToUpper(r))
		}
	}
	fmt.Println(string(upper), utf8.RuneLen('é'), utf8.RuneLen('⌘'), utf8.RuneLen('A'))
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(string(rune(65)), string(rune(0x2318)), []byte("⌘"), fmt.Sprint([]rune("ab")))
	buf := utf8.AppendRune(nil, '世')
	fmt.Printf("%v %s %q\n", buf, buf, buf)
	fmt.Println(strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII {
			return '?'
		}
		return r
	}, s))
}
