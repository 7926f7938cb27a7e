//go:build ignore

// Maps: set, get, delete, comma-ok, iteration in sorted key order.
package main

import (
	"fmt"
	"sort"
)

//cell

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

//cell

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	fmt.Println("v1:", m["k1"], "v3:", m["k3"], "len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	n := map[string]int{"foo": 1, "bar": 2, "baz": 3, "qux": 4}
	for _, k := range sortedKeys(n) {
		fmt.Println(k, n[k])
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested, len(nested["zzz"]))
}
