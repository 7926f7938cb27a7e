//go:build ignore

// A registry whose map is made by its constructor; one built as a zero
// value reaches Add through two helpers and writes to the nil map.
package main

import (
	"fmt"
	"strings"
)

//cell

type Registry struct {
	names map[string]int
	order []string
}

func NewRegistry() *Registry {
	return &Registry{names: map[string]int{}}
}

func (r *Registry) Add(name string) {
	r.names[name]++
	r.order = append(r.order, name)
}

//cell

func registerLine(r *Registry, line string) {
	for _, f := range strings.Fields(line) {
		r.Add(strings.ToLower(f))
	}
}

func registerAll(r *Registry, lines []string) int {
	for _, l := range lines {
		registerLine(r, l)
	}
	return len(r.order)
}

//cell

func main() {
	good := NewRegistry()
	fmt.Println(registerAll(good, []string{"Go Cells", "go run"}), good.names["go"])
	var bad Registry
	fmt.Println(registerAll(&bad, []string{"late start"}))
}
