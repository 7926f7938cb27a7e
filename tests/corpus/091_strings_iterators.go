//go:build ignore

// Iterator functions in strings and bytes (Go 1.24): Lines, SplitSeq, FieldsSeq.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

const text = "alpha beta\ngamma\n\ndelta epsilon zeta\n"

//cell

func main() {
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsSeq(text) {
		n += len(f)
	}
	fmt.Println("letters:", n)
	for f := range strings.FieldsFuncSeq("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("x\ny")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
}
