//go:build ignore

// A parser keeps its field extractor as a closure in a struct field; the
// closure slices past the end of a short record.
package main

import "fmt"

//cell

type Parser struct {
	name    string
	extract func(rec string) string
}

func fixedWidth(from, to int) func(string) string {
	return func(rec string) string {
		return rec[from:to]
	}
}

//cell

func (p Parser) Run(recs []string) []string {
	var out []string
	for _, r := range recs {
		out = append(out, p.extract(r))
	}
	return out
}

//cell

func main() {
	p := Parser{name: "code", extract: fixedWidth(2, 5)}
	fmt.Println(p.Run([]string{"AB123xyz", "CD456"}))
	fmt.Println(p.Run([]string{"EF789", "GH1"}))
}
