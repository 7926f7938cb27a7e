//go:build ignore

// A loader returns readings as a named slice type in an any; the totals
// assert it to Vec, and a tag list (type Tags []string) loaded by
// mistake fails the assertion, naming both named types as Go does.
package main

import "fmt"

type Vec []float64

func (v Vec) Sum() float64 { return 1 }

type Tags []string

//cell

func load(kind string) any {
	if kind == "tags" {
		return Tags{"a", "b"}
	}
	return Vec{1, 2}
}

func total(kind string) float64 {
	v := load(kind).(Vec)
	return v.Sum()
}

//cell

func main() {
	fmt.Println(total("vec"))
	fmt.Println(total("tags"))
}
