//go:build ignore

// A rot cipher's mapping function, made by a function of an earlier cell
// and passed to strings.Map, indexes its table with a negative index
// when it decodes.
package main

import (
	"fmt"
	"strings"
)

//cell

const alphabet = "abcdefghijklmnopqrstuvwxyz"

func rot(n int) func(rune) rune {
	table := []rune(alphabet)
	return func(r rune) rune {
		if r == ' ' {
			return r
		}
		i := strings.IndexRune(alphabet, r)
		return table[(i+n)%len(table)]
	}
}

//cell

func main() {
	enc := rot(13)
	fmt.Println(strings.Map(enc, "hello world"))
	dec := rot(-13)
	fmt.Println(strings.Map(dec, "nopq"))
	fmt.Println(strings.Map(dec, "nag"))
}
