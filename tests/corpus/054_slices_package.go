//go:build ignore

// The slices package: Sort, SortFunc, Index, Contains, BinarySearch, Reverse, Compact, Max.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

//cell

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	fmt.Println(slices.Index(s, 4), slices.Contains(s, 7))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Compact(slices.Clone(s)))
	fmt.Println(slices.Min(s), slices.Max(s))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s[0])
	fmt.Println(slices.Equal(s, r), slices.Equal([]int{1}, []int{1}))
	people := []Person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Ann", 55}}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(b.Age, a.Age)
	})
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Age < 20 })
	fmt.Println(idx)
	s = slices.Insert(s, 1, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)
}
