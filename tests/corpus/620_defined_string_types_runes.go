//go:build ignore

// Defined string, byte and rune types a text notebook declares: ranging
// over a Word's runes (a method, a generic ~string tokenizer and a
// counter instantiated with it, a local type), []Letter and []Code
// conversions from and back to strings, Words as map keys.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

type Word string
type Letter rune
type Code byte

func (w Word) Letters() []Letter { return []Letter(w) }

func (w Word) Vowels() (n int) {
	for _, r := range w {
		if strings.ContainsRune("aeiouéö", unicode.ToLower(r)) {
			n++
		}
	}
	return
}

//cell

func Freq[S ~string](texts ...S) map[rune]int {
	m := map[rune]int{}
	for _, t := range texts {
		for _, r := range t {
			if unicode.IsLetter(r) {
				m[unicode.ToLower(r)]++
			}
		}
	}
	return m
}

func Tokens[S ~string](s S) []S {
	var out []S
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsPunct(r):
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func RuneCount[S ~string](s S) (n int) {
	for range s {
		n++
	}
	return
}

//cell

func main() {
	text := Word("Héllo, wörld! Hello again.")
	toks := Tokens(text)
	fmt.Printf("%q %T\n", toks, toks)
	f := Freq(toks...)
	for _, r := range slices.Sorted(maps.Keys(f)) {
		if f[r] > 1 {
			fmt.Printf("%c=%d ", r, f[r])
		}
	}
	fmt.Println()
	ls := toks[1].Letters()
	slices.Reverse(ls)
	fmt.Println(string(ls), len(ls), Word(ls[:2]), RuneCount(toks[1]), len(toks[1]))
	counts := map[Word]int{}
	vowels := 0
	for _, t := range toks {
		counts[Word(strings.ToLower(string(t)))]++
		vowels += t.Vowels()
	}
	fmt.Println(counts, vowels)
	codes := []Code(toks[0])
	fmt.Println(codes, string(codes[:1]), Word(codes[len(codes)-2:]))
	type Tag string
	for i, r := range Tag("a\xffb") {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(RuneCount(Tag("tag")))
}
