//go:build ignore

// The Go blog's "Go maps in action": zero values from missing keys,
// the two-value lookup, delete, len, a map of bools as a set (and of
// struct{}), a map of slices appended through a missing key, a nested
// map created lazily, and a hit counter keyed by a struct (Path,
// Country); iteration made deterministic by sorting keys; a map literal
// of structs and a map of maps printed by fmt (keys sorted).
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

//cell

type Node struct {
	Next  *Node
	Value any
}

type Person struct {
	Name  string
	Likes []string
}

type Key struct {
	Path, Country string
}

type Vertex struct{ Lat, Long float64 }

//cell

func hasCycle(first *Node) bool {
	visited := make(map[*Node]bool)
	for n := first; n != nil; n = n.Next {
		if visited[n] {
			return true
		}
		visited[n] = true
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

//cell

func main() {
	m := map[string]int{"route": 66}
	i := m["route"]
	j := m["root"]
	n := len(m)
	_, ok := m["root"]
	fmt.Println(i, j, n, ok)
	delete(m, "route")
	delete(m, "never")
	fmt.Println(len(m), m)

	a, b, c := &Node{Value: 1}, &Node{Value: 2}, &Node{Value: 3}
	a.Next, b.Next = b, c
	fmt.Println(hasCycle(a))
	c.Next = a
	fmt.Println(hasCycle(a))

	people := []*Person{
		{"Ann", []string{"cheese", "wine"}},
		{"Bob", []string{"cheese", "bread"}},
		{"Cat", []string{"bread"}},
	}
	likes := make(map[string][]*Person)
	for _, p := range people {
		for _, l := range p.Likes {
			likes[l] = append(likes[l], p)
		}
	}
	for _, food := range sortedKeys(likes) {
		fmt.Print(food, ":")
		for _, p := range likes[food] {
			fmt.Print(" ", p.Name)
		}
		fmt.Println()
	}
	fmt.Println(len(likes["bacon"]), likes["bacon"] == nil)

	hits := make(map[string]map[string]int)
	add := func(m map[string]map[string]int, path, country string) {
		mm, ok := m[path]
		if !ok {
			mm = make(map[string]int)
			m[path] = mm
		}
		mm[country]++
	}
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "fr")
	fmt.Println(hits["/doc/"]["au"], hits, len(hits["/ref/"]))

	khits := make(map[Key]int)
	khits[Key{"/", "vn"}]++
	khits[Key{"/", "vn"}]++
	khits[Key{"/ref/spec", "ch"}]++
	fmt.Println(khits[Key{"/", "vn"}], khits[Key{"/ref/spec", "ch"}], khits[Key{"/", "ch"}], len(khits))
	fmt.Println(khits)

	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		set[w] = struct{}{}
	}
	ks := slices.Sorted(maps.Keys(set))
	_, hasB := set["b"]
	fmt.Println(ks, hasB, len(set))

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] = 1
	}()

	where := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(where)
	fmt.Printf("%+v\n", where["Google"])
	copyOf := maps.Clone(where)
	delete(copyOf, "Google")
	fmt.Println(len(where), len(copyOf))
}
