//go:build ignore

// Maps in action: reading a nil map is fine but writing panics; the
// two-value lookup tells a zero value from a missing key; struct keys
// group by two fields; map[string]bool and map[T]struct{} act as sets;
// a map of slices builds an index; values are printed in key order.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type visit struct {
	page    string
	country string
}

type node struct {
	name string
	next *node
}

func hasCycle(start *node) bool {
	seen := map[*node]bool{}
	for n := start; n != nil; n = n.next {
		if seen[n] {
			return true
		}
		seen[n] = true
	}
	return false
}

//cell

func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[strings.Trim(w, ".,!")]++
	}
	return counts
}

func topN(counts map[string]int, n int) []string {
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	return keys[:min(n, len(keys))]
}

type set[T comparable] map[T]struct{}

func (s set[T]) add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s set[T]) has(v T) bool { _, ok := s[v]; return ok }

//cell

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] = 1
	}()
	v, ok := nilMap["x"]
	fmt.Println(v, ok)

	counts := countWords("The cat sat. The dog sat, the cat ran! A dog.")
	fmt.Println(counts)
	fmt.Println(topN(counts, 3))
	delete(counts, "the")
	delete(counts, "missing")
	fmt.Println(len(counts), counts["the"])

	hits := map[visit]int{}
	for _, s := range []string{"/a US", "/a FR", "/b US", "/a US", "/b US", "/a US"} {
		f := strings.Fields(s)
		hits[visit{f[0], f[1]}]++
	}
	fmt.Println(hits[visit{"/a", "US"}], hits[visit{"/b", "FR"}], len(hits))
	fmt.Println(hits)

	byLen := map[int][]string{}
	for _, w := range []string{"go", "map", "key", "value", "to", "set"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, k := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Println(k, byLen[k])
	}

	a, b, c := &node{name: "a"}, &node{name: "b"}, &node{name: "c"}
	a.next, b.next = b, c
	fmt.Println(hasCycle(a))
	c.next = a
	fmt.Println(hasCycle(a))

	s := set[string]{}
	s.add("red", "green", "red")
	fmt.Println(len(s), s.has("red"), s.has("blue"))

	type point struct{ X, Y int }
	pts := map[string]point{"origin": {}, "unit": {1, 1}}
	p := pts["unit"]
	p.X = 10
	pts["unit"] = p
	fmt.Println(pts)
	ptrs := map[string]*point{"a": {1, 2}}
	ptrs["a"].Y = 20
	fmt.Println(*ptrs["a"])

	copyOf := maps.Clone(pts)
	copyOf["extra"] = point{5, 5}
	fmt.Println(len(pts), len(copyOf), maps.Equal(pts, copyOf))
	clear(copyOf)
	fmt.Println(copyOf, len(copyOf))
}
