//go:build ignore

// Sorting by hand: bubble, insertion, selection sort and a quicksort
// partition written with parallel-assignment swaps (also of a []any's
// elements, sorted by how they print), a sort.Interface with its own
// Swap sorting people by age then name, reversing in place and a swap
// with a bad index recovered (Go names the first index out of range).
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int      { return len(a) }
func (a ByAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool {
	if a[i].Age != a[j].Age {
		return a[i].Age < a[j].Age
	}
	return a[i].Name < a[j].Name
}

//cell

func bubble(xs []int) (swaps int) {
	for n := len(xs); n > 1; n-- {
		for i := 1; i < n; i++ {
			if xs[i-1] > xs[i] {
				xs[i-1], xs[i] = xs[i], xs[i-1]
				swaps++
			}
		}
	}
	return
}

func insertion(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j-1] > xs[j]; j-- {
			xs[j-1], xs[j] = xs[j], xs[j-1]
		}
	}
}

func selection(xs []string) {
	for i := range xs {
		min := i
		for j := i + 1; j < len(xs); j++ {
			if xs[j] < xs[min] {
				min = j
			}
		}
		xs[i], xs[min] = xs[min], xs[i]
	}
}

func quick(xs []int, lo, hi int) {
	if lo >= hi {
		return
	}
	p := xs[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if xs[j] < p {
			xs[i], xs[j] = xs[j], xs[i]
			i++
		}
	}
	xs[i], xs[hi] = xs[hi], xs[i]
	quick(xs, lo, i-1)
	quick(xs, i+1, hi)
}

func reverse[T any](xs []T) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// byText sorts values of any kinds by how they print.
func byText(vs []any) {
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && fmt.Sprint(vs[j]) < fmt.Sprint(vs[j-1]); j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
}

func swapAt(xs []int, i, j int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("swap(%d, %d): %v", i, j, r)
		}
	}()
	xs[i], xs[j] = xs[j], xs[i]
	return nil
}

//cell

func main() {
	a := []int{5, 1, 4, 2, 8, 0}
	fmt.Println(bubble(a), a)
	b := []int{9, 7, 7, 3, 1}
	insertion(b)
	fmt.Println(b)
	s := []string{"pear", "fig", "apple", "kiwi"}
	selection(s)
	fmt.Println(s)
	q := []int{3, 6, 1, 8, 2, 9, 2}
	quick(q, 0, len(q)-1)
	fmt.Println(q)
	reverse(q)
	reverse(s)
	fmt.Println(q, s)

	people := ByAge{{"Zoe", 31}, {"Al", 25}, {"Bea", 31}, {"Cy", 19}}
	sort.Sort(people)
	fmt.Println(people)
	sort.Sort(sort.Reverse(people))
	fmt.Println(people[0], people[len(people)-1])

	mixed := []any{3, "b", 1.5, Person{"Al", 25}, "a", true}
	byText(mixed)
	fmt.Println(mixed)

	xs := []int{1, 2, 3}
	for _, p := range [][2]int{{0, 2}, {5, 7}, {0, 7}, {4, 1}, {-1, 9}} {
		if err := swapAt(xs, p[0], p[1]); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(xs)
}
