//go:build ignore

// Types declared inside functions: a shop's inventory and a library's
// report each declare their own item type, a geometry helper nests local
// types (a segment of two points, a path of segments) used as map keys
// and compared, a generic Count runs over local types, and two
// functions' item values, equal in fields, are told apart through any.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var bag []any

//cell

func inventory() {
	type item struct {
		Name string
		Qty  int
	}
	type key struct{ Aisle, Shelf int }
	stock := map[key]item{
		{1, 2}: {"soap", 4},
		{1, 3}: {"rice", 9},
		{2, 1}: {"tea", 2},
	}
	var keys []key
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Aisle != keys[j].Aisle {
			return keys[i].Aisle < keys[j].Aisle
		}
		return keys[i].Shelf < keys[j].Shelf
	})
	for _, k := range keys {
		fmt.Printf("%v %+v\n", k, stock[k])
	}
	a, b := item{"tea", 2}, stock[key{2, 1}]
	fmt.Println(a == b, a == item{"tea", 3})
	fmt.Printf("%T %T\n", a, keys)
	bag = append(bag, a)
}

func report() {
	type item struct {
		Title string
		Pages int
	}
	books := []item{{"Go", 380}, {"Dune", 612}}
	bag = append(bag, books[0])
	var any1 any = books[0]
	if it, ok := any1.(item); ok {
		fmt.Println("book", it.Title, it.Pages)
	}
	fmt.Printf("%T %v\n", books, books)
}

//cell

func shapes() {
	type point struct{ X, Y int }
	type segment struct {
		From, To point
		Label    string
	}
	type path []segment
	p := path{{point{0, 0}, point{3, 4}, "a"}, {point{3, 4}, point{6, 8}, "b"}}
	p = append(p, path{{point{6, 8}, point{0, 0}, "c"}}...)
	seen := map[point]int{}
	for _, s := range p {
		seen[s.From]++
		seen[s.To]++
	}
	fmt.Println(len(p), seen[point{3, 4}], seen[point{0, 0}], p[0].To == p[1].From)
	fmt.Printf("%T %+v\n", p[2], p[2])
	var labels []string
	for _, s := range p {
		labels = append(labels, s.Label)
	}
	fmt.Println(strings.Join(labels, ">"))
}

func Count[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func tally() {
	type vote string
	type ballot struct {
		Who  string
		Pick vote
	}
	picks := []vote{"yes", "no", "yes"}
	c := Count(picks)
	fmt.Println(c["yes"], c["no"], len(c))
	bs := []ballot{{"a", "yes"}, {"b", "no"}, {"a", "yes"}}
	cb := Count(bs)
	fmt.Println(cb[ballot{"a", "yes"}], len(cb))
	var x any = picks[0]
	_, isString := x.(string)
	fmt.Printf("%T %v %v\n", x, x, isString)
}

//cell

func first() any {
	type item struct{ N int }
	return item{1}
}

func second() any {
	type item struct{ N int }
	return item{1}
}

//cell

func main() {
	inventory()
	report()
	shapes()
	tally()
	a, b := first(), second()
	kinds := map[any]string{a: "first", b: "second"}
	fmt.Println(a == b, a == first(), len(kinds), kinds[second()])
	fmt.Printf("%T %T %v\n", a, b, a)
	fmt.Println(len(bag), bag[0] == bag[1], fmt.Sprintf("%T|%T", bag[0], bag[1]))
}
