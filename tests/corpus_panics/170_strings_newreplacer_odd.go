//go:build ignore

// strings.NewReplacer called with pairs built from a map missing a value.
package main

import (
	"fmt"
	"strings"
)

//cell

func pairs(subs [][]string) []string {
	var out []string
	for _, s := range subs {
		out = append(out, s...)
	}
	return out
}

func escape(text string, subs [][]string) string {
	return strings.NewReplacer(pairs(subs)...).Replace(text)
}

//cell

func main() {
	fmt.Println(escape("a<b>&c", [][]string{{"<", "&lt;"}, {">", "&gt;"}}))
	fmt.Println(escape("a<b>&c", [][]string{{"<", "&lt;"}, {"&"}}))
}
