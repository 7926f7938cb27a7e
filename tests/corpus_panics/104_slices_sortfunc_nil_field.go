//go:build ignore

// A slices.SortFunc comparison dereferencing a nil pointer field.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

//cell

type Item struct {
	Name  string
	Price *float64
}

func byPrice(a, b Item) int { return cmp.Compare(*a.Price, *b.Price) }

//cell

func main() {
	p1, p2 := 2.5, 1.0
	items := []Item{{"a", &p1}, {"b", &p2}}
	slices.SortFunc(items, byPrice)
	fmt.Println(items[0].Name)
	items = append(items, Item{Name: "c"})
	slices.SortFunc(items, byPrice)
}
