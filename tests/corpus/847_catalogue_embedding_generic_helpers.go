//go:build ignore

// A catalogue of books and songs: embedded structs (by value and by
// pointer), interface embedding, generic Map/Filter/Reduce given method
// expressions, method values bound before a change, sort.Slice and
// slices.SortFunc with cmp.Or of cmp.Compare, and errors.Join.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

//cell

type Base struct {
	ID   int
	Kind string
}

func (b Base) Describe() string { return fmt.Sprintf("%s#%d", b.Kind, b.ID) }
func (b *Base) Rename(k string) { b.Kind = k }

type Named interface{ Name() string }
type Describer interface{ Describe() string }
type Item interface {
	Named
	Describer
}

type Book struct {
	Base
	Title  string
	Author string
	Pages  int
}

func (b Book) Name() string { return b.Title }

type Song struct {
	*Base
	Title string
	Secs  int
}

func (s Song) Name() string { return strings.ToUpper(s.Title) }

//cell

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

//cell

var (
	items []Item
	books []Book
	songs []Song
)

func step1() {
	books = []Book{
		{Base{3, "book"}, "Dune", "Herbert", 412},
		{Base{1, "book"}, "Emma", "Austen", 474},
		{Base{2, "book"}, "Ulysses", "Joyce", 730},
		{Base{4, "book"}, "Beloved", "Morrison", 324},
	}
	songs = []Song{{&Base{7, "song"}, "blue", 200}, {&Base{5, "song"}, "red", 180}}
	items = nil
	for _, b := range books {
		items = append(items, b)
	}
	for _, s := range songs {
		items = append(items, s)
	}
	for _, it := range items {
		fmt.Printf("%-8s %-10s %T\n", it.Name(), it.Describe(), it)
	}
}

//cell

func step2() {
	names := Map(items, Item.Name)
	fmt.Println(names, len(names))
	long := Filter(books, func(b Book) bool { return b.Pages > 400 })
	fmt.Println(Map(long, func(b Book) string { return b.Title }))
	total := Reduce(books, 0, func(a int, b Book) int { return a + b.Pages })
	fmt.Println("pages:", total)
	desc := books[0].Describe
	books[0].ID = 99
	fmt.Println(desc(), books[0].Describe())
	ren := songs[0].Rename
	ren("track")
	fmt.Println(songs[0].Describe(), songs[0].Kind)
}

//cell

func step3() {
	sort.Slice(books, func(i, j int) bool { return books[i].ID < books[j].ID })
	fmt.Println(Map(books, Book.Name))
	slices.SortFunc(books, func(a, b Book) int {
		return cmp.Or(cmp.Compare(len(a.Author), len(b.Author)), cmp.Compare(a.Title, b.Title))
	})
	for _, b := range books {
		fmt.Printf("%v\n%+v\n", b, b)
	}
	fmt.Printf("%#v\n", books[0])
	fmt.Printf("%q %x %X % x\n", books[0].Title, books[0].Title, books[1].Author, "hi")
	fmt.Printf("%v %+v\n", songs[0].Title, *songs[1].Base)
	i, found := slices.BinarySearchFunc([]int{1, 3, 5, 9}, 5, cmp.Compare[int])
	fmt.Println(i, found, slices.MaxFunc(books, func(a, b Book) int { return cmp.Compare(a.Pages, b.Pages) }).Title)
}

//cell

func ReduceRight[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for i := len(xs) - 1; i >= 0; i-- {
		acc = f(acc, xs[i])
	}
	return acc
}

//cell

func step4() {
	fmt.Println(ReduceRight(Map(books, Book.Name), "", func(a string, s string) string { return a + s[:1] }))
	e1 := errors.New("first")
	e2 := fmt.Errorf("second: %w", e1)
	j := errors.Join(e1, nil, e2)
	fmt.Printf("%v|%q\n", j, j.Error())
	fmt.Println(errors.Is(j, e1), errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
