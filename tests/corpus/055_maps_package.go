//go:build ignore

// The maps package with iterators: Keys, Values, All, Collect, Clone, Equal, DeleteFunc.
package main

import (
	"fmt"
	"maps"
	"slices"
)

//cell

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v > 1 })
	fmt.Println(c, maps.Equal(m, c))
	inverse := map[int]string{}
	for k, v := range maps.All(m) {
		inverse[v] = k
	}
	fmt.Println(inverse)
	collected := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(collected)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(len(dst), dst["z"], dst["apple"])
	maps.Insert(dst, maps.All(map[string]int{"q": 17}))
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{5: true})), dst["q"])
}
