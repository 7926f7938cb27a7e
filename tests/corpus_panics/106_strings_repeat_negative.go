//go:build ignore

// strings.Repeat with a negative count computed from a width.
package main

import (
	"fmt"
	"strings"
)

//cell

func pad(s string, width int) string {
	return s + strings.Repeat(" ", width-len(s)) + "|"
}

//cell

func main() {
	fmt.Println(pad("ab", 4))
	fmt.Println(pad("abcdef", 4))
}
