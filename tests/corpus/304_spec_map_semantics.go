//go:build ignore

// Map types and index expressions: reading a nil map or a missing key
// gives the element's zero value, writing to a nil map panics, the comma
// ok form tells absence from zero, delete of a missing key (or on a nil
// map) is a no-op, deleting during range is allowed, map elements are not
// addressable so struct elements are replaced whole, and maps are
// references: a copy of the map value shares the entries.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

type Graph map[string][]string

func (g Graph) Add(from, to string) { g[from] = append(g[from], to) }

func sortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

//cell

func nilMaps() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for range m {
		fmt.Println("never")
	}
	defer func() { fmt.Println("write to nil map:", recover()) }()
	m["x"] = 1
}

func zeroValues() {
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		counts[w]++
	}
	fmt.Println(counts, counts["zzz"], len(counts))
	lists := map[string][]int{}
	lists["x"] = append(lists["x"], 1, 2)
	lists["y"] = append(lists["y"], 3)
	fmt.Println(lists, lists["none"] == nil)
	sets := map[string]map[string]bool{}
	add := func(a, b string) {
		if sets[a] == nil {
			sets[a] = map[string]bool{}
		}
		sets[a][b] = true
	}
	add("p", "q")
	add("p", "r")
	fmt.Println(len(sets["p"]), sets["p"]["q"], sets["zz"]["q"])
	ptrs := map[string]*Stats{}
	fmt.Println(ptrs["none"] == nil)
}

//cell

func structElems() {
	stats := map[string]Stats{}
	s := stats["k"]
	s.Count++
	s.Sum += 2.5
	stats["k"] = s
	stats["k"] = Stats{stats["k"].Count + 1, stats["k"].Sum * 2}
	fmt.Printf("%+v\n", stats["k"])
	ptrs := map[string]*Stats{"k": {}}
	ptrs["k"].Count += 5
	fmt.Printf("%+v\n", *ptrs["k"])
	arrs := map[int][2]int{}
	a := arrs[1]
	a[0] = 7
	arrs[1] = a
	fmt.Println(arrs)
}

func deleteInRange() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), sortedKeys(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	m2 := map[string]int{"a": 1, "b": 2}
	clear(m2)
	fmt.Println(len(m2), m2 == nil)
}

//cell

func main() {
	nilMaps()
	zeroValues()
	structElems()
	deleteInRange()

	g := Graph{}
	g.Add("a", "b")
	g.Add("a", "c")
	g2 := g
	g2.Add("b", "c")
	fmt.Println(len(g), g["a"], g["b"], sortedKeys(g))

	orig := map[string]int{"x": 1, "y": 2}
	cp := maps.Clone(orig)
	cp["x"] = 100
	alias := orig
	alias["y"] = 200
	fmt.Println(orig, cp, maps.Equal(orig, cp))

	inverted := map[int]string{}
	for k, v := range orig {
		inverted[v] = k
	}
	fmt.Println(inverted)

	type key struct{ a, b int }
	memo := map[key]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		if v, ok := memo[key{r, c}]; ok {
			return v
		}
		v := paths(r-1, c) + paths(r, c-1)
		memo[key{r, c}] = v
		return v
	}
	fmt.Println(paths(10, 10), len(memo))

	fm := map[float64]string{}
	nan := 0.0
	nan /= nan
	fm[nan] = "a"
	fm[nan] = "b"
	_, found := fm[nan]
	fmt.Println(len(fm), found)

	words := map[string]int{"go": 3, "is": 1, "fun": 3, "and": 2}
	ks := slices.Collect(maps.Keys(words))
	sort.Slice(ks, func(i, j int) bool {
		if words[ks[i]] != words[ks[j]] {
			return words[ks[i]] > words[ks[j]]
		}
		return ks[i] < ks[j]
	})
	fmt.Println(ks)
	fmt.Printf("%v %d\n", map[string]bool{"z": true, "a": false}, map[int]int{3: 1, -1: 2})
}
