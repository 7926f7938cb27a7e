//go:build ignore

// String processing: reversing runes, palindromes, Cut, Fields, Split,
// Index functions, Replacer, Map, a strings.Builder title-casing words,
// bytes against runes, UTF-8 encoding.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	return string(clean) == reverse(string(clean))
}

func step1() {
	for _, s := range []string{"Hello, 世界", "A man, a plan, a canal: Panama", "été", "ab\xffcd"} {
		fmt.Printf("%q rev=%q pal=%v bytes=%d runes=%d valid=%v\n", s, reverse(s), isPalindrome(s), len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	}
}

//cell

func step2() {
	s := "key=value; other = 42 ;flag;  empty= "
	for _, part := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(part, "=")
		fmt.Printf("[%s|%s|%v] ", strings.TrimSpace(k), strings.TrimSpace(v), ok)
	}
	fmt.Println()
	fmt.Println(strings.Fields("  a  b\tc\n"), strings.FieldsFunc("a1b2c3", unicode.IsDigit), len(strings.Split("", ",")), strings.SplitN("a,b,c", ",", 2))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'z'), strings.IndexFunc("Hello", unicode.IsLower))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.HasPrefix("golang", "go"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Title("hello world"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.TrimFunc("123abc456", unicode.IsDigit))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"), strings.Repeat("ab", 3), strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
}

//cell

var sb strings.Builder

func step3() {
	for i, w := range strings.Fields("the quick brown fox") {
		if i > 0 {
			sb.WriteByte(' ')
		}
		first, size := utf8.DecodeRuneInString(w)
		sb.WriteRune(unicode.ToUpper(first))
		sb.WriteString(w[size:])
	}
	fmt.Println(sb.String(), sb.Len())
	b := []byte("héllo")
	fmt.Println(len(b), b[1], string(b[1:3]), string(rune(233)), string(b[0]))
	for i := 0; i < len("héllo"); i++ {
		fmt.Printf("%x ", "héllo"[i])
	}
	fmt.Println()
	rs := []rune("héllo")
	rs[0] = 'H'
	fmt.Println(string(rs), len(rs), rs[1], fmt.Sprintf("%c|%U|%q", rs[1], rs[1], rs[1]))
	fmt.Println(strings.ToUpper("ß"), strings.ToLower("İ"), unicode.IsUpper('É'), unicode.In('世', unicode.Han))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, utf8.RuneLen('世'), utf8.RuneLen('a'))
}

//cell

func main() {
	step1()
	step2()
	step3()
}
