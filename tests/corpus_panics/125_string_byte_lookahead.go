//go:build ignore

// A lexer that looks one byte past the end of its input.
package main

import (
	"fmt"
)

//cell

func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] == '=' && s[i+1] == '=' {
			out = append(out, "==")
			i++
			continue
		}
		out = append(out, string(s[i]))
	}
	return out
}

//cell

func main() {
	fmt.Println(tokens("a==b"))
	fmt.Println(tokens("a="))
}
