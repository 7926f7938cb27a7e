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
