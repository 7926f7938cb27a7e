//go:build ignore

// unicode/utf8 and unicode: encoding, decoding, validity, classes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func describe(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.Is(unicode.Han, r):
		return "han"
	}
	return "other"
}

//cell

func main() {
	s := "Hé 世1!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for _, r := range s {
		fmt.Printf("%c %d %s\n", r, utf8.RuneLen(r), describe(r))
	}
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '界')
	fmt.Println(buf, len(buf))
	b := make([]byte, 4)
	n := utf8.EncodeRune(b, 'é')
	fmt.Println(b[:n], n)
	r, size := utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, size)
	last, lsize := utf8.DecodeLastRuneInString("añ")
	fmt.Printf("%c %d\n", last, lsize)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8))
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.IsLetter('x'), unicode.IsNumber('Ⅷ'), unicode.IsDigit('Ⅷ'))
	for i, r := range "a\xffb" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
