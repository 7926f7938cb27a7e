//go:build ignore

// A rune slice indexed by a byte offset.
package main

import (
	"fmt"
	"strings"
)

//cell

func charAfter(s, sep string) rune {
	i := strings.Index(s, sep)
	return []rune(s)[i+len(sep)]
}

//cell

func main() {
	fmt.Println(string(charAfter("key=value", "=")))
	fmt.Println(string(charAfter("héllo wörld=", "=")))
}
