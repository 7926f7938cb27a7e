//go:build ignore

// Counters made by a generic function of an earlier cell for two key
// types, kept in a map of closures; the int counter was made without a
// seed, so its map was never made.
package main

import "fmt"

//cell

func Counter[K comparable](seed ...K) func(K) int {
	var counts map[K]int
	if len(seed) > 0 {
		counts = map[K]int{}
	}
	for _, k := range seed {
		counts[k]++
	}
	return func(k K) int {
		counts[k]++
		return counts[k]
	}
}

//cell

func main() {
	words := Counter("go", "go")
	fmt.Println(words("go"), words("cell"))
	ports := Counter[int]()
	hits := map[string]func() int{
		"words": func() int { return words("go") },
		"ports": func() int { return ports(8080) },
	}
	fmt.Println(hits["words"]())
	fmt.Println(hits["ports"]())
}
