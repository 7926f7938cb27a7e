//go:build ignore

// Methods on slice and map types declared in cells: a Stack []int with
// pointer receivers, a Set map[string]struct{} with value receivers, a
// Matrix [][]float64, method values and expressions of them, len/range
// over them, and values of them in interfaces.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

//cell

type Stack []int

func (s *Stack) Push(v ...int) { *s = append(*s, v...) }
func (s *Stack) Pop() (int, bool) {
	if len(*s) == 0 {
		return 0, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}
func (s Stack) Peek() int   { return s[len(s)-1] }
func (s Stack) Empty() bool { return len(s) == 0 }

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}
func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Remove(v string)   { delete(s, v) }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (s Set) Union(o Set) Set {
	r := NewSet(s.Sorted()...)
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set) String() string { return "{" + strings.Join(s.Sorted(), ",") + "}" }

type Matrix [][]float64

func (m Matrix) Mul(o Matrix) Matrix {
	r := make(Matrix, len(m))
	for i := range m {
		r[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Counter map[rune]int

func (c Counter) Top(n int) string {
	keys := make([]rune, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b rune) int {
		if c[a] != c[b] {
			return c[b] - c[a]
		}
		return int(a - b)
	})
	var b strings.Builder
	for _, k := range keys[:min(n, len(keys))] {
		fmt.Fprintf(&b, "%c=%d ", k, c[k])
	}
	return b.String()
}

//cell

func main() {
	var s Stack
	s.Push(1, 2, 3)
	s.Push(4)
	fmt.Println(s, len(s), s.Peek())
	for !s.Empty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, ok := s.Pop()
	fmt.Println(ok, s == nil, len(s))
	push := s.Push
	push(9, 8)
	pop := (*Stack).Pop
	v, _ := pop(&s)
	fmt.Println(v, s)

	a := NewSet("go", "rust", "zig")
	b := NewSet("go", "c")
	a.Remove("zig")
	fmt.Println(a, b, a.Union(b), a.Has("rust"), b.Has("rust"), len(a.Union(b)))
	var st fmt.Stringer = b
	b.Add("ada")
	fmt.Println(st, st.String())
	fmt.Printf("%v %s %d\n", a, b, len(b))

	m := Matrix{{1, 2}, {3, 4}}
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(m.Mul(id), m.Mul(m))
	fmt.Printf("%v %.1f\n", m, m.Mul(Matrix{{0.5}, {0.25}}))

	c := Counter{}
	for _, r := range "mississippi" {
		c[r]++
	}
	fmt.Println(c.Top(3), len(c))
	sets := map[string]Set{"x": NewSet("1"), "y": NewSet("2", "3")}
	sets["x"].Add("4")
	fmt.Println(sets["x"], sets["y"], sets["z"].Has("1"))
	stacks := []Stack{{1}, {2, 3}}
	stacks[1].Push(4)
	fmt.Println(stacks, stacks[1].Peek())
}
