//go:build ignore

// A contacts notebook leaning on the generic slices and maps packages:
// a Contact type in the first cell, slices.SortStableFunc with
// cmp.Compare chains, BinarySearchFunc on the sorted slice, slices.Chunk
// over pages, Compact/CompactFunc, IndexFunc, Insert/Delete/Replace,
// maps.Collect and maps.Keys sorted, slices.Collect of maps.Values,
// a generic GroupBy written by the user, and a comparator fixed later.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Contact struct {
	Last, First string
	City        string
	Age         int
}

func (c Contact) String() string { return c.First + " " + c.Last }

var people = []Contact{
	{"Ng", "Ann", "Oslo", 31},
	{"Abe", "Bo", "Rome", 45},
	{"Ng", "Al", "Rome", 27},
	{"Cruz", "Di", "Oslo", 31},
	{"Abe", "Cy", "Lima", 19},
	{"Diaz", "Ed", "Lima", 52},
	{"Ng", "Ann", "Lima", 60},
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

//cell

// first attempt: compares first names only after equal ages, not last names
var byName = func(a, b Contact) int {
	return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.First, b.First))
}

func sorted() []Contact {
	s := slices.Clone(people)
	slices.SortStableFunc(s, byName)
	return s
}

//cell

func main() {
	fmt.Println(sorted())
	byName = func(a, b Contact) int {
		return cmp.Or(strings.Compare(a.Last, b.Last), strings.Compare(a.First, b.First))
	}
	s := sorted()
	fmt.Println(s, slices.IsSortedFunc(s, byName))
	for _, q := range []Contact{{Last: "Ng", First: "Al"}, {Last: "Cruz", First: "Zed"}, {Last: "Aa"}} {
		i, found := slices.BinarySearchFunc(s, q, byName)
		fmt.Print(i, found, " ")
	}
	i, ok := slices.BinarySearchFunc(s, "Diaz", func(c Contact, last string) int { return strings.Compare(c.Last, last) })
	fmt.Println(i, ok)

	for page := range slices.Chunk(s, 3) {
		fmt.Println(len(page), cap(page) == len(page), page)
	}
	ages := slices.Sorted(slices.Values([]int{31, 45, 27, 31, 19, 52, 60, 27}))
	fmt.Println(ages, slices.Compact(slices.Clone(ages)), slices.Index(ages, 31), slices.Contains(ages, 44))
	fmt.Println(slices.CompactFunc(slices.Clone(s), func(a, b Contact) bool { return a.Last == b.Last }))
	j := slices.IndexFunc(s, func(c Contact) bool { return c.City == "Lima" && c.Age > 50 })
	fmt.Println(j, s[j], slices.ContainsFunc(s, func(c Contact) bool { return c.Age < 18 }))
	n := slices.Insert(slices.Clone(ages), 2, 100, 101)
	n = slices.Delete(n, 0, 1)
	n = slices.Replace(n, 1, 3, -1)
	fmt.Println(n, slices.Max(n), slices.Min(n), slices.Repeat([]int{7}, 3), len(slices.Grow(n, 10)))
	older := slices.MaxFunc(s, func(a, b Contact) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(older, slices.Equal(ages, slices.Sorted(slices.Values(ages))))

	byCity := GroupBy(people, func(c Contact) string { return c.City })
	for _, city := range slices.Sorted(maps.Keys(byCity)) {
		fmt.Println(city, byCity[city])
	}
	ageOf := maps.Collect(func(yield func(string, int) bool) {
		for _, c := range people {
			if !yield(c.String(), c.Age) {
				return
			}
		}
	})
	fmt.Println(len(ageOf), ageOf["Ann Ng"], slices.Sorted(maps.Values(ageOf))[:3])
	inv := maps.Collect(func(yield func(int, []string) bool) {
		for age, cs := range GroupBy(people, func(c Contact) int { return c.Age }) {
			names := make([]string, len(cs))
			for i, c := range cs {
				names[i] = c.First
			}
			if !yield(age, names) {
				return
			}
		}
	})
	fmt.Println(inv[31], inv[60], len(inv))
	cp := maps.Clone(ageOf)
	maps.DeleteFunc(cp, func(k string, v int) bool { return v > 40 })
	fmt.Println(len(cp), maps.Equal(cp, ageOf), slices.Sorted(maps.Keys(cp)))
	all := maps.Collect(maps.All(map[int]bool{1: true}))
	fmt.Println(all)
	for i, c := range slices.Backward(s[:2]) {
		fmt.Print(i, c, ";")
	}
	fmt.Println()
}
