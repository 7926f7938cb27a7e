//go:build ignore

// Maps a function makes and never replaces, beside maps it is given or
// sets to nil: writes to each, and the nil map writes recovered.
package main

import (
	"fmt"
	"sort"
)

//cell

func index(words []string, stop map[string]bool) (map[string]int, map[int][]string) {
	pos := map[string]int{}
	byLen := make(map[int][]string)
	for i, w := range words {
		if stop[w] {
			continue
		}
		pos[w] = i
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	return pos, byLen
}

func tally(words []string, into map[string]int, reset bool) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tally: %v", r)
		}
	}()
	local := map[string]int{}
	if reset {
		local = nil
	}
	for _, w := range words {
		into[w]++
		n++
	}
	local["total"] = n
	return n, nil
}

//cell

func main() {
	pos, byLen := index([]string{"go", "is", "a", "fun", "go"}, map[string]bool{"a": true})
	keys := make([]string, 0, len(pos))
	for k := range pos {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, pos["go"], byLen[2], byLen[3])
	counts := map[string]int{}
	fmt.Println(tally([]string{"x", "y", "x"}, counts, false))
	fmt.Println(counts)
	fmt.Println(tally([]string{"z"}, counts, true))
	fmt.Println(tally([]string{"z"}, nil, false))
	fmt.Println(counts)
}
