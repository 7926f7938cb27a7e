//go:build ignore

// Sorting the sort package's way: a People type with Len and Swap, and
// ByAge / ByName embedding it to add Less; sort.Reverse of them;
// a By function type with a Sort method and a planetSorter holding a
// func field; multi-key ordering with a slice of less functions;
// sort.Stable keeping earlier order; sort.Search on the result.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

//cell

type Planet struct {
	Name     string
	Mass     float64
	Distance float64
}

type By func(p1, p2 *Planet) bool

type planetSorter struct {
	planets []Planet
	by      By
}

func (s *planetSorter) Len() int           { return len(s.planets) }
func (s *planetSorter) Swap(i, j int)      { s.planets[i], s.planets[j] = s.planets[j], s.planets[i] }
func (s *planetSorter) Less(i, j int) bool { return s.by(&s.planets[i], &s.planets[j]) }

func (by By) Sort(planets []Planet) {
	sort.Sort(&planetSorter{planets: planets, by: by})
}

//cell

type Change struct {
	User     string
	Language string
	Lines    int
}

type lessFunc func(a, b *Change) bool

type multiSorter struct {
	changes []Change
	less    []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(changes []Change) {
	ms.changes = changes
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.changes) }
func (ms *multiSorter) Swap(i, j int) { ms.changes[i], ms.changes[j] = ms.changes[j], ms.changes[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.changes[i], &ms.changes[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

//cell

func main() {
	people := People{{"Alice", 30}, {"bob", 25}, {"Carol", 35}, {"dave", 25}, {"Eve", 30}}
	sort.Sort(ByAge{people})
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge{people}))
	fmt.Println(people, sort.IsSorted(sort.Reverse(ByAge{people})))
	sort.Stable(ByAge{people})
	fmt.Println(people)
	i := sort.Search(len(people), func(i int) bool { return people[i].Age >= 30 })
	fmt.Println("first 30+:", i, people[i])

	planets := []Planet{{"Mercury", 0.055, 0.4}, {"Venus", 0.815, 0.7}, {"Earth", 1.0, 1.0}, {"Mars", 0.107, 1.5}}
	name := func(p1, p2 *Planet) bool { return p1.Name < p2.Name }
	mass := func(p1, p2 *Planet) bool { return p1.Mass < p2.Mass }
	distance := func(p1, p2 *Planet) bool { return p1.Distance < p2.Distance }
	decreasing := func(p1, p2 *Planet) bool { return distance(p2, p1) }
	By(name).Sort(planets)
	fmt.Println("by name:", planets)
	By(mass).Sort(planets)
	fmt.Println("by mass:", planets)
	By(decreasing).Sort(planets)
	fmt.Printf("by distance desc: %v\n", planets)

	changes := []Change{
		{"gri", "Go", 100}, {"ken", "C", 150}, {"glenda", "Go", 200}, {"rsc", "Go", 200},
		{"r", "Go", 100}, {"ken", "Go", 200}, {"dmr", "C", 100}, {"r", "C", 150}, {"gri", "Smalltalk", 80},
	}
	user := func(c1, c2 *Change) bool { return c1.User < c2.User }
	language := func(c1, c2 *Change) bool { return c1.Language < c2.Language }
	increasingLines := func(c1, c2 *Change) bool { return c1.Lines < c2.Lines }
	decreasingLines := func(c1, c2 *Change) bool { return c1.Lines > c2.Lines }
	OrderedBy(user).Sort(changes)
	fmt.Println("by user:", changes)
	OrderedBy(user, increasingLines).Sort(changes)
	fmt.Println("by user,<lines:", changes)
	OrderedBy(language, decreasingLines, user).Sort(changes)
	var sb strings.Builder
	for _, c := range changes {
		fmt.Fprintf(&sb, "%-10s %-9s %3d\n", c.User, c.Language, c.Lines)
	}
	fmt.Print(sb.String())
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 6))
}
