//go:build ignore

// A closure that counts words into a nested map whose inner maps were
// never made for a new section.
package main

import (
	"fmt"
	"strings"
)

//cell

type Report struct {
	Sections map[string]map[string]int
}

func counter(r *Report) func(section, text string) {
	return func(section, text string) {
		for _, w := range strings.Fields(text) {
			r.Sections[section][strings.ToLower(w)]++
		}
	}
}

//cell

func main() {
	r := &Report{Sections: map[string]map[string]int{"intro": {}}}
	add := counter(r)
	add("intro", "Go is fun and go is fast")
	fmt.Println(r.Sections["intro"]["go"], r.Sections["intro"]["is"])
	add("summary", "done")
}
