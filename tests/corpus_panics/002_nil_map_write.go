//go:build ignore

// A map declared and never made, written by a helper.
package main

import "fmt"

//cell

func tally(words []string) map[string]int {
	var counts map[string]int
	for _, w := range words {
		counts[w]++
	}
	return counts
}

//cell

func main() {
	fmt.Println("counting")
	fmt.Println(tally([]string{"a", "b", "a"}))
}
