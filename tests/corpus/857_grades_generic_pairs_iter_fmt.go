//go:build ignore

// Student grades: a generic Pair with String and sorted Entries of a
// map, iterator helpers (MapSeq, FilterSeq, Fold) given method
// expressions, fmt's verbs and flags on named strings, slices and maps,
// and slices' newer helpers (Chunk, Compact, Repeat, Backward).
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

//cell

type Grade string

type Student struct {
	Name   string
	Scores []int
	Grade  Grade
	Tags   map[string]bool
}

func (s Student) Avg() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	t := 0
	for _, x := range s.Scores {
		t += x
	}
	return float64(t) / float64(len(s.Scores))
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v→%v", p.Key, p.Val) }

func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range seq {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func FilterSeq[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Fold[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for x := range seq {
		acc = f(acc, x)
	}
	return acc
}

//cell

var (
	students []Student
)

func step1() {
	students = []Student{
		{"Ann", []int{90, 85, 77}, "B", map[string]bool{"chess": true}},
		{"Bob", []int{60, 70}, "C", nil},
		{"Cid", nil, "", map[string]bool{}},
		{"Dee", []int{99, 100, 98}, "A", map[string]bool{"math": true, "art": false}},
	}
	avg := Student.Avg
	good := FilterSeq(slices.Values(students), func(s Student) bool { return avg(s) >= 75 })
	fmt.Println(slices.Collect(MapSeq(good, func(s Student) string { return s.Name })))
	total := Fold(MapSeq(slices.Values(students), Student.Avg), 0.0, func(a, b float64) float64 { return a + b })
	fmt.Printf("%.3f\n", total)
	byGrade := map[Grade][]string{}
	for _, s := range students {
		byGrade[s.Grade] = append(byGrade[s.Grade], s.Name)
	}
	fmt.Println(Entries(byGrade))
	fmt.Printf("%v\n%+v\n", Entries(map[string]int{"z": 26, "a": 1}), Entries(map[int]Grade{2: "B", 1: "A"}))
	fmt.Printf("%q %x %X\n", students[0].Grade, students[0].Grade, Grade("ok"))
	fmt.Printf("%v\n%+v\n", students[0], students[2])
	fmt.Printf("%#v\n", students[1])
	fmt.Printf("%q\n", []Grade{"A", "B+"})
	fmt.Printf("%x % x %#x\n", []byte("Go!"), "Go!", "Go!")
	fmt.Printf("%5.2v|%-5v|%05d|%+.1e\n", 3.14159, true, -42, 12345.678)
	fmt.Printf("%v %v\n", map[Grade]int{"B": 2, "A": 1}, map[bool][]int{true: {1}, false: nil})
	fmt.Printf("%08.3f|%x|%X|%o|%b|%c|%U\n", -3.5, -255, 3054, 8, -5, 'G', 'é')
	fmt.Printf("%t %v %s\n", students[3].Tags["art"], students[3].Tags, strconv.Quote("tab\there"))
	fmt.Printf("%6.2f%%|%-10q|%10.3s|\n", 99.5, "hi", "abcdef")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %d\n", []any{1, "a", nil, 2.5, Grade("g")}, []int8{-1, 2})
}

//cell

func step2() {
	best := slices.MaxFunc(students, func(a, b Student) int { return cmp.Compare(a.Avg(), b.Avg()) })
	fmt.Println(best.Name, best.Avg())
	slices.SortStableFunc(students, func(a, b Student) int {
		return cmp.Or(cmp.Compare(b.Grade, a.Grade), cmp.Compare(a.Name, b.Name))
	})
	for _, s := range students {
		fmt.Printf("%-4s %-2q %6.2f %d\n", s.Name, s.Grade, s.Avg(), len(s.Tags))
	}
	counts := map[string]int{}
	for _, w := range strings.Fields("b a c a b a") {
		counts[w]++
	}
	pairs := Entries(counts)
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(y.Val, x.Val) })
	fmt.Println(pairs, len(pairs))
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	fmt.Println(keys, slices.Index(keys, "c"), slices.Contains(keys, "z"))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.Repeat([]string{"x"}, 3))
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	m2 := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(m2, min(3, 1, 2), max("a", "b"))
}

//cell

func main() {
	step1()
	step2()
}
