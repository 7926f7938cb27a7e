//go:build ignore

// Course enrolment analysed with a generic Set[T comparable]: union,
// intersection, difference and subset tests, sets of a cell type as keys,
// a Pair of a string and a Set[int], and sorted output through
// slices.Sorted(maps.Keys(...)).
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Set is a set of comparable values.
type Set[T comparable] map[T]struct{}

// Of makes a set of its arguments.
func Of[T comparable](vs ...T) Set[T] {
	s := make(Set[T], len(vs))
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Remove(vs ...T) {
	for _, v := range vs {
		delete(s, v)
	}
}
func (s Set[T]) Clone() Set[T] { return maps.Clone(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := s.Clone()
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Minus(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

// Sorted lists an ordered set's members in order.
func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(maps.Keys(s)) }

//cell

// Pair holds two values of any types.
type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

// Student is a cell type used as a set member.
type Student struct {
	Name string
	Year int
}

func names(s Set[Student]) []string {
	out := make([]string, 0, len(s))
	for st := range s {
		out = append(out, fmt.Sprintf("%s/%d", st.Name, st.Year))
	}
	slices.Sort(out)
	return out
}

//cell

var (
	ana   = Student{"Ana", 2}
	ben   = Student{"Ben", 1}
	chloe = Student{"Chloe", 3}
	dev   = Student{"Dev", 2}
)

var courses = map[string]Set[Student]{
	"algebra":   Of(ana, ben, dev),
	"biology":   Of(ben, chloe),
	"compilers": Of(ana, chloe, dev),
}

//cell

func main() {
	alg, bio, comp := courses["algebra"], courses["biology"], courses["compilers"]
	fmt.Println("alg ∪ bio:", names(alg.Union(bio)))
	fmt.Println("alg ∩ comp:", names(alg.Intersect(comp)))
	fmt.Println("comp − bio:", names(comp.Minus(bio)))
	fmt.Println(Of(ana).SubsetOf(alg), Of(ana, chloe).SubsetOf(alg))

	years := Set[int]{}
	for _, c := range slices.Sorted(maps.Keys(courses)) {
		ys := Set[int]{}
		for st := range courses[c] {
			ys.Add(st.Year)
			years.Add(st.Year)
		}
		p := Pair[string, Set[int]]{c, ys}
		fmt.Printf("%-10s years %v (%d)\n", p.First, Sorted(p.Second), p.Second.Len())
	}
	fmt.Println("all years", Sorted(years))

	words := Of(strings.Fields("the cat saw the other cat near the mat")...)
	fmt.Println(Sorted(words), words.Len())
	words.Remove("the", "near", "absent")
	fmt.Println(Sorted(words))

	small := Pair[string, Set[int]]{"evens", Of(2, 4)}
	fmt.Println(small)
	fmt.Printf("%T\n", small)
	var none Set[string]
	fmt.Println(none.Has("x"), none.Len(), len(Sorted(none)), none == nil)
}
