//go:build ignore

// An inventory of items priced in a Money type with an IsZero method:
// encoding/json's omitzero (Go 1.24) leaves out a zero price, nil map
// and pointer, and an all-zero struct; the inventory's iterator
// (iter.Seq2) feeds maps.Collect and slices.Collect through adapter
// literals; slices.SortedFunc over maps.Values with cmp.Or;
// slices.MaxFunc; min and max of the named type; new("fragile").
package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Money int64

func (m Money) IsZero() bool   { return m == 0 }
func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct {
	SKU   string             `json:"sku"`
	Price Money              `json:"price,omitzero"`
	Attrs map[string]string  `json:"attrs,omitzero"`
	Note  *string            `json:"note,omitzero"`
	Qty   int                `json:"qty,omitempty"`
	Dims  struct{ W, H int } `json:"dims,omitzero"`
}

type Inventory struct {
	items map[string]Item
}

func (inv *Inventory) All() iter.Seq2[string, Item] {
	return func(yield func(string, Item) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func (inv *Inventory) Total() (t Money) {
	for _, it := range inv.All() {
		t += it.Price * Money(max(it.Qty, 1))
	}
	return
}

//cell

func step1() {
	inv := &Inventory{items: map[string]Item{}}
	for i, name := range strings.Fields("pen ink pad cup") {
		it := Item{SKU: name, Price: Money((i + 1) * 150), Qty: i}
		if i == 2 {
			it.Note = new("fragile")
			it.Attrs = map[string]string{"color": "red"}
		}
		if i == 3 {
			it.Price = 0
			it.Dims.W = 4
		}
		inv.items[name] = it
	}
	for k, it := range inv.All() {
		b, err := json.Marshal(it)
		fmt.Println(k, string(b), err)
	}
	fmt.Println("total", inv.Total())
	expensive := maps.Collect(func(yield func(string, Money) bool) {
		for k, it := range inv.All() {
			if it.Price > 200 && !yield(k, it.Price) {
				return
			}
		}
	})
	fmt.Println(expensive)
	byPrice := slices.SortedFunc(maps.Values(inv.items), func(a, b Item) int {
		return cmp.Or(cmp.Compare(b.Price, a.Price), strings.Compare(a.SKU, b.SKU))
	})
	for _, it := range byPrice {
		fmt.Print(it.SKU, ":", it.Price, " ")
	}
	fmt.Println()
	mx := slices.MaxFunc(byPrice, func(a, b Item) int { return cmp.Compare(a.Qty, b.Qty) })
	fmt.Println(mx.SKU, min(mx.Price, Money(50)), max(Money(1), mx.Price))
	var back []Item
	if err := json.Unmarshal([]byte(`[{"sku":"z","price":99,"note":"n"}]`), &back); err != nil {
		fmt.Println(err)
	}
	fmt.Println(back[0].SKU, back[0].Price, *back[0].Note)
	prices := slices.Collect(func(yield func(Money) bool) {
		for _, it := range inv.All() {
			if !yield(it.Price) {
				return
			}
		}
	})
	fmt.Println(prices, slices.Max(prices), slices.Index(prices, 450))
	fmt.Printf("%v %d %s\n", prices[0], prices[0], prices[1])
}

//cell

func main() {
	step1()
}
