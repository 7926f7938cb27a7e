package mono

import (
	"fmt"
	"go/importer"
	"go/token"
	"testing"
)

const sortCell = "package main\nimport \"slices\"\nfunc f(x []int) { slices.Sort(x) }\n"

// BenchmarkSortIntCold specialises slices.Sort for []int in a new
// Specializer: GOROOT's slices and its imports are parsed and
// type-checked, then every declaration is made.
func BenchmarkSortIntCold(b *testing.B) {
	c := check(b, sortCell)
	for b.Loop() {
		specialize(b, New(Options{}), c)
	}
}

// BenchmarkSortIntColdSource is BenchmarkSortIntCold with the imports
// of GOROOT's packages type-checked from source.
func BenchmarkSortIntColdSource(b *testing.B) {
	c := check(b, sortCell)
	for b.Loop() {
		specialize(b, New(Options{Importer: importer.ForCompiler(token.NewFileSet(), "source", nil)}), c)
	}
}

// BenchmarkSortIntWarm specialises slices.Sort for []int again: the
// declarations come from the cache.
func BenchmarkSortIntWarm(b *testing.B) {
	c := check(b, sortCell)
	s := New(Options{})
	specialize(b, s, c)
	for b.Loop() {
		specialize(b, s, c)
	}
}

// BenchmarkSortNewType specialises slices.Sort for a type it has not
// seen, with the packages loaded: the generic declarations are made
// again, the non-generic helpers come from the cache.
func BenchmarkSortNewType(b *testing.B) {
	s := New(Options{})
	specialize(b, s, check(b, sortCell))
	i := 0
	for b.Loop() {
		b.StopTimer()
		c := check(b, fmt.Sprintf("package main\nimport \"slices\"\ntype T%d int\nfunc f(x []T%d) { slices.Sort(x) }\n", i, i))
		i++
		b.StartTimer()
		specialize(b, s, c)
	}
}

const typicalCell = `package main
import ("cmp"; "fmt"; "maps"; "slices"; "strings")
type Person struct{ Name string; Age int }
func main() {
	people := []Person{{"Al", 30}, {"Bo", 20}}
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	ages := map[string]int{"Al": 30, "Bo": 20}
	for _, k := range slices.Sorted(maps.Keys(ages)) { fmt.Println(k, slices.Max([]int{ages[k], 1})) }
	for l := range strings.Lines("a\nb") { fmt.Print(l) }
}
`

// BenchmarkTypicalCellWarm specialises a cell with five generic uses
// (SortFunc on a cell type, cmp.Compare, Sorted(Keys), Max, Lines) in a
// Specializer that has made them before: the cost a notebook pays per
// cell once the kernel is warm.
func BenchmarkTypicalCellWarm(b *testing.B) {
	c := check(b, typicalCell)
	s := New(Options{})
	specialize(b, s, c)
	for b.Loop() {
		specialize(b, s, c)
	}
}

// BenchmarkTypicalCellCold is BenchmarkTypicalCellWarm in a new
// Specializer (GOROOT's packages loaded anew).
func BenchmarkTypicalCellCold(b *testing.B) {
	c := check(b, typicalCell)
	for b.Loop() {
		specialize(b, New(Options{}), c)
	}
}
