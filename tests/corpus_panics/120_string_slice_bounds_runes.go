//go:build ignore

// A slice of a string past its byte length counted in runes.
package main

import (
	"fmt"
	"unicode/utf8"
)

//cell

func prefix(s string, n int) string {
	if utf8.RuneCountInString(s) < n {
		return s
	}
	return s[:n*2]
}

//cell

func main() {
	fmt.Println(prefix("héllo", 2))
	fmt.Println(prefix("añobé", 4))
}
