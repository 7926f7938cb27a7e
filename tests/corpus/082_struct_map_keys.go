//go:build ignore

// Comparable keys: structs and arrays as map keys; a set type; grouping.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Sorted() (out []string) {
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return
}

//cell

func main() {
	visited := map[Point]int{}
	moves := []Point{{0, 1}, {1, 0}, {0, 1}, {0, 1}}
	for _, m := range moves {
		visited[m]++
	}
	fmt.Println(len(visited), visited[Point{0, 1}], visited[Point{5, 5}])
	grid := map[[2]int]string{{0, 0}: "origin", {1, 2}: "x"}
	fmt.Println(grid[[2]int{1, 2}], len(grid))
	s := Set{}
	for _, w := range []string{"go", "is", "fun", "go"} {
		s.Add(w)
	}
	fmt.Println(s.Sorted(), s.Has("is"), s.Has("no"))
	byLen := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "ddd", "e"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}
	var ik map[any]int = map[any]int{1: 1, "1": 2, Point{}: 3}
	fmt.Println(ik[1], ik["1"], ik[Point{}])
}
