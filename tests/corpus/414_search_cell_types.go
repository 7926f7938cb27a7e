//go:build ignore

// sort.Search, sort.SearchInts, slices.BinarySearch and
// slices.BinarySearchFunc over slices of cell structs and named types,
// sort.Sort on a cell slice type, sort.SliceStable and slices.SortFunc
// with cmp.Compare chains, and inserting at the found index.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

//cell

type Version struct {
	Major, Minor, Patch int
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func (v Version) Compare(o Version) int {
	return cmp.Or(
		cmp.Compare(v.Major, o.Major),
		cmp.Compare(v.Minor, o.Minor),
		cmp.Compare(v.Patch, o.Patch),
	)
}

type Versions []Version

func (vs Versions) Len() int           { return len(vs) }
func (vs Versions) Less(i, j int) bool { return vs[i].Compare(vs[j]) < 0 }
func (vs Versions) Swap(i, j int)      { vs[i], vs[j] = vs[j], vs[i] }

type Score float64

type Player struct {
	Name  string
	Score Score
}

//cell

func insertSorted(vs Versions, v Version) Versions {
	i, found := slices.BinarySearchFunc(vs, v, Version.Compare)
	if found {
		return vs
	}
	return slices.Insert(vs, i, v)
}

func main() {
	vs := Versions{{1, 2, 3}, {0, 9, 0}, {1, 10, 0}, {1, 2, 0}, {2, 0, 0}}
	sort.Sort(vs)
	fmt.Println(vs)
	fmt.Println(sort.IsSorted(vs))
	target := Version{1, 5, 0}
	i := sort.Search(len(vs), func(i int) bool { return vs[i].Compare(target) >= 0 })
	fmt.Println("first >= v1.5.0 at", i, vs[i])
	vs = insertSorted(vs, target)
	vs = insertSorted(vs, Version{1, 2, 3})
	fmt.Println(vs, len(vs))
	j, ok := slices.BinarySearchFunc(vs, Version{3, 0, 0}, func(a, b Version) int { return a.Compare(b) })
	fmt.Println(j, ok)

	scores := []Score{1.5, 2.5, 2.5, 4, 9.75}
	k, found := slices.BinarySearch(scores, 2.5)
	fmt.Println(k, found)
	k, found = slices.BinarySearch(scores, Score(3))
	fmt.Printf("%d %t %T\n", k, found, scores[k])

	players := []Player{{"ann", 3}, {"bob", 5}, {"cid", 3}, {"dee", 5}, {"eve", 1}}
	sort.SliceStable(players, func(i, j int) bool { return players[i].Score > players[j].Score })
	fmt.Println(players)
	slices.SortFunc(players, func(a, b Player) int {
		return cmp.Or(cmp.Compare(a.Score, b.Score), strings.Compare(b.Name, a.Name))
	})
	fmt.Printf("%+v\n", players)
	idx := sort.Search(len(players), func(i int) bool { return players[i].Score >= 3 })
	fmt.Println("first with 3:", players[idx].Name)
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 6), sort.SearchStrings([]string{"a", "c", "e"}, "c"))
	pos, hit := slices.BinarySearchFunc(players, "cid", func(p Player, name string) int {
		return strings.Compare(p.Name, name)
	})
	fmt.Println(pos, hit)
	m := slices.MaxFunc(players, func(a, b Player) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println(m, slices.IndexFunc(players, func(p Player) bool { return p.Name == "bob" }))
}
