//go:build ignore

// Strings, bytes and runes: byte length versus rune count, ranging over
// invalid UTF-8, reversing by runes, ROT13 with strings.Map, unicode
// categories and case folding, caesar shifts, a rune histogram with a
// stable order, %q/%U/%x verbs, utf8 encoding by hand, and
// strings.Builder/bytes.Buffer.
package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//cell

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

func classify(r rune) string {
	var tags []string
	for _, c := range []struct {
		name string
		f    func(rune) bool
	}{
		{"L", unicode.IsLetter}, {"U", unicode.IsUpper}, {"l", unicode.IsLower},
		{"N", unicode.IsNumber}, {"P", unicode.IsPunct}, {"S", unicode.IsSymbol},
		{"Z", unicode.IsSpace},
	} {
		if c.f(r) {
			tags = append(tags, c.name)
		}
	}
	if unicode.Is(unicode.Han, r) {
		tags = append(tags, "Han")
	}
	if unicode.In(r, unicode.Greek, unicode.Cyrillic) {
		tags = append(tags, "GrCy")
	}
	return strings.Join(tags, "")
}

//cell

func encodeRune(r rune) []byte {
	switch {
	case r < 0x80:
		return []byte{byte(r)}
	case r < 0x800:
		return []byte{0xC0 | byte(r>>6), 0x80 | byte(r)&0x3F}
	case r < 0x10000:
		return []byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	default:
		return []byte{0xF0 | byte(r>>18), 0x80 | byte(r>>12)&0x3F, 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	}
}

func main() {
	s := "Hello, 世界! Ünïcödé 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	fmt.Println(reverse(s))
	for i, r := range "aé世🙂" {
		fmt.Printf("%d:%c(%d,%U) ", i, r, utf8.RuneLen(r), r)
	}
	fmt.Println()

	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), strings.ToValidUTF8(bad, "?"), []rune(bad)[1] == utf8.RuneError)
	fmt.Printf("%q %+q %x % x\n", bad, "héllo", "hé", "hé")
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")

	fmt.Println(strings.Map(rot13, "Why did the chicken cross the road?"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc\nd"))
	for _, p := range []string{"A man, a plan, a canal: Panama", "No 'x' in Nixon", "gopher", "Ésope reste ici et se repose"} {
		fmt.Print(isPalindrome(p), " ")
	}
	fmt.Println()

	for _, r := range []rune{'a', 'Q', '7', '!', '€', ' ', '世', 'λ', 'Ж', '½'} {
		fmt.Printf("%c=%s ", r, classify(r))
	}
	fmt.Println()
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), unicode.SimpleFold('k'), string(unicode.SimpleFold('K')))
	fmt.Println(strings.ToUpper("ﬁne straße"), strings.ToTitle("ǆ"), unicode.ToTitle('ǆ') == 'ǅ')

	counts := map[rune]int{}
	for _, r := range "mississippi river" {
		counts[r]++
	}
	keys := make([]rune, 0, len(counts))
	for r := range counts {
		keys = append(keys, r)
	}
	slices.SortFunc(keys, func(a, b rune) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return int(a - b)
	})
	for _, r := range keys {
		fmt.Printf("%q:%d ", r, counts[r])
	}
	fmt.Println()

	for _, r := range []rune{'A', 'é', '€', '🙂'} {
		mine := encodeRune(r)
		std := utf8.AppendRune(nil, r)
		fmt.Printf("% X %v ", mine, bytes.Equal(mine, std))
	}
	fmt.Println()
	b := []byte("héllo wörld")
	for len(b) > 0 {
		_, size := utf8.DecodeRune(b)
		fmt.Print(size)
		b = b[size:]
	}
	last, size := utf8.DecodeLastRuneInString("naïve🙂")
	fmt.Println(" ", string(last), size, utf8.FullRune([]byte{0xe4, 0xb8}))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteRune('🚀')
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	var buf bytes.Buffer
	buf.WriteString("key=value; other=thing")
	k, _ := buf.ReadString('=')
	v, _ := buf.ReadString(';')
	fmt.Printf("%q %q %q\n", k, v, buf.String())
	fmt.Println(strings.Title("hello world"), strings.Fields(" a  b "), strings.Repeat("ab", 3))
	shift := func(s string, n int) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLower(r) {
				return 'a' + (r-'a'+rune(n)+26)%26
			}
			return r
		}, s)
	}
	fmt.Println(shift("attack at dawn", 3), shift(shift("attack at dawn", 3), -3))
}
