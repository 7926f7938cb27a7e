//go:build ignore

// Code from before Go 1.21 (and some that is merely careless) names its
// locals after predeclared identifiers: max and min, len, new, copy,
// string, and even true, false, iota and nil. Go's scopes make each
// local win inside its block; outside, the predeclared one is back.
package main

import (
	"fmt"
	"strings"
)

// truthTable prints a table of a boolean operator with its own labels
// for the two values.
func truthTable(op string, f func(a, b bool) bool) {
	true, false := "T", "F"
	label := func(v bool) string {
		if v {
			return true
		}
		return false
	}
	for _, a := range []bool{!!(1 == 1), 1 == 2} {
		for _, b := range []bool{1 == 1, 1 == 2} {
			fmt.Printf("%s %s %s = %s\n", label(a), op, label(b), label(f(a, b)))
		}
	}
}

//cell

// numberLines counts its lines in a local called iota, as a program that
// does not know the word might.
func numberLines(text string) []string {
	var out []string
	iota := 0
	for line := range strings.Lines(text) {
		iota++
		out = append(out, fmt.Sprintf("%02d| %s", iota, strings.TrimSuffix(line, "\n")))
	}
	return out
}

// lookup reports the value under key; its local nil is the value it
// gives for a missing key.
func lookup(m map[string]int, key string) int {
	nil := -1
	if v, ok := m[key]; ok {
		return v
	}
	return nil
}

// stats takes the pre-1.21 names for its results' computations.
func stats(xs []int) string {
	max, min := xs[0], xs[0]
	len := 0
	for _, x := range xs {
		if x > max {
			max = x
		}
		if x < min {
			min = x
		}
		len++
	}
	string := fmt.Sprintf("n=%d min=%d max=%d", len, min, max)
	return string
}

//cell

func main() {
	truthTable("and", func(a, b bool) bool { return a && b })
	truthTable("or", func(a, b bool) bool { return a || b })
	for _, l := range numberLines("alpha\nbeta\ngamma\n") {
		fmt.Println(l)
	}
	stock := map[string]int{"bolts": 12, "nuts": 0}
	fmt.Println(lookup(stock, "bolts"), lookup(stock, "nuts"), lookup(stock, "washers"))
	fmt.Println(stats([]int{4, 9, -2, 7}))
	// outside those functions the predeclared names are Go's own
	var p *int
	fmt.Println(p == nil, true, max(3, 8), len("four"))
}
