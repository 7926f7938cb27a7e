//go:build ignore

// A write to a nil map in a function that writes to maps in several places.
package main

import "fmt"

//cell

func tally(words []string, seen map[string]bool) map[string]int {
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
		seen[w] = true
	}
	return counts
}

//cell

func main() {
	seen := map[string]bool{}
	fmt.Println(tally([]string{"a", "b", "a"}, seen))
	var none map[string]bool
	fmt.Println(tally([]string{"c"}, none))
}
