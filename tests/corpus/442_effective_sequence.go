//go:build ignore

// Effective Go's Sequence: a []int type implementing sort.Interface, a
// String method that copies, sorts and prints through a conversion to
// []int (so Sprint does not recurse), the version that converts to
// sort.IntSlice instead, and the same type passed as sort.Interface,
// fmt.Stringer and any.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

type Words []string

func (w Words) String() string {
	c := append(Words(nil), w...)
	sort.Strings(c)
	return strings.Join(c, "+")
}

type Seq2 []int

func (s Seq2) String() string {
	c := append(Seq2(nil), s...)
	sort.IntSlice(c).Sort()
	return fmt.Sprint([]int(c))
}

//cell

var seq = Sequence{5, 2, 9, 1, 7}

func init() {
	fmt.Println(seq)
	fmt.Println([]int(seq), seq.Len())
}

//cell

func describe(v any) string {
	switch x := v.(type) {
	case fmt.Stringer:
		return "Stringer: " + x.String()
	case sort.Interface:
		return fmt.Sprintf("sortable of %d", x.Len())
	default:
		return fmt.Sprintf("%T", x)
	}
}

func main() {
	s := Sequence{3, 1, 2}
	fmt.Println(s, []int(s))
	var si sort.Interface = s
	sort.Sort(sort.Reverse(si))
	fmt.Println([]int(s), sort.IsSorted(s))
	fmt.Printf("%v %d %s\n", s, s, s)
	fmt.Println(describe(s), "|", describe(Words{"b", "a", "c"}), "|", describe(42))
	fmt.Println(Seq2{9, 8, 7}, Words{"zeta", "alpha"})
	_, isSort := any(Words{}).(sort.Interface)
	fmt.Println(isSort)
	fmt.Printf("%v|%+v|%T\n", []Sequence{{2, 1}, {4, 3}}, map[string]Sequence{"k": {9, 0}}, s)
}
