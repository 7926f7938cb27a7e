//go:build ignore

// The cmp package: Compare, Less, Or, and multi-key ordering.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Order struct {
	Product  string
	Customer string
	Price    float64
}

//cell

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println(cmp.Less(1, 2), cmp.Compare(math.NaN(), 0), cmp.Less(math.NaN(), 0))
	fmt.Println(cmp.Or("", "", "default"), cmp.Or(0, 3, 4), cmp.Or[string]())
	orders := []Order{
		{"foo", "alice", 1.00},
		{"bar", "bob", 3.00},
		{"baz", "carol", 4.00},
		{"foo", "alice", 2.00},
		{"bar", "carol", 1.00},
		{"foo", "bob", 4.00},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			cmp.Compare(a.Customer, b.Customer),
			cmp.Compare(a.Product, b.Product),
			cmp.Compare(b.Price, a.Price),
		)
	})
	for _, o := range orders {
		fmt.Printf("%s %s %.2f\n", o.Product, o.Customer, o.Price)
	}
}
