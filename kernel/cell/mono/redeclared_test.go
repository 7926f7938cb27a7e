package mono

import (
	"strings"
	"testing"
)

// TestGenericTypeDeclaredAnew: a notebook generic type declared again
// with another method body (a later cell, or another program of the
// corpus sharing the Specializer) gets its own instance in what the
// standard library's copies use: keyed by name alone, slices.Values of
// []Pair[string, int] kept the first Pair's copy, and the result held
// both ("mainꞏPairꞏstringꞏint redeclared in this block").
func TestGenericTypeDeclaredAnew(t *testing.T) {
	s := New(Options{AllNotebookGenerics: true})
	prog := func(sep string) string {
		return `package main

import (
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v` + sep + `%v", p.Key, p.Val) }

func main() { fmt.Println(slices.Collect(slices.Values([]Pair[string, int]{{"a", 1}}))) }
`
	}
	merge(t, s, prog("="))
	out, _, _ := merge(t, s, prog("=>"))
	if n := strings.Count(out, "type mainꞏPairꞏstringꞏint struct"); n != 1 {
		t.Errorf("%d copies of Pair[string, int], want 1:\n%s", n, out)
	}
}
