//go:build ignore

// An inventory: products held by pointer in a map, Add restocking an
// existing SKU, Remove with errors from a switch, Value with a named
// result, a sorted copy printed as a table by a closure, a method added
// in a later cell mutating through the map's pointers, a value copy, and
// a struct embedding Product.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Product
	log   []string
}

func NewInventory() *Inventory { return &Inventory{items: make(map[string]*Product)} }

func (inv *Inventory) Add(p Product) {
	if old, ok := inv.items[p.SKU]; ok {
		old.Qty += p.Qty
		inv.log = append(inv.log, "restock "+p.SKU)
		return
	}
	inv.items[p.SKU] = &p
	inv.log = append(inv.log, "new "+p.SKU)
}

func (inv *Inventory) Remove(sku string, n int) error {
	p, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("unknown sku %s", sku)
	case p.Qty < n:
		return fmt.Errorf("only %d of %s left, want %d", p.Qty, sku, n)
	}
	p.Qty -= n
	return nil
}

func (inv *Inventory) Value() (total float64) {
	for _, p := range inv.items {
		total += float64(p.Qty) * p.Price
	}
	return
}

func (inv *Inventory) Sorted() []Product {
	var out []Product
	for _, p := range inv.items {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

//cell

func (inv *Inventory) Restock(min int) (n int) {
	for _, p := range inv.items {
		if p.Qty < min {
			p.Qty = min
			n++
		}
	}
	return n
}

//cell

func main() {
	inv := NewInventory()
	inv.Add(Product{"A1", "bolt", 100, 0.05})
	inv.Add(Product{"B2", "nut", 250, 0.03})
	inv.Add(Product{"C3", "gear", 4, 12.5})
	inv.Add(Product{"A1", "bolt", 20, 0.05})
	fmt.Println(inv.Remove("C3", 5), inv.Remove("Z9", 1), inv.Remove("B2", 50))
	fmt.Printf("%.2f %v\n", inv.Value(), inv.log)

	printTable := func(ps []Product) {
		fmt.Printf("%-4s|%-6s|%5s|%8s\n", "sku", "name", "qty", "value")
		fmt.Println(strings.Repeat("-", 26))
		for _, p := range ps {
			fmt.Printf("%-4s|%-6s|%5d|%8.2f\n", p.SKU, p.Name, p.Qty, float64(p.Qty)*p.Price)
		}
	}
	printTable(inv.Sorted())
	low := inv.Sorted()[:0]
	for _, p := range inv.Sorted() {
		if p.Qty < 50 {
			low = append(low, p)
		}
	}
	fmt.Println(low)

	fmt.Println(inv.Restock(10), inv.Sorted())
	snapshot := *inv.items["A1"]
	snapshot.Qty = 0
	fmt.Println(inv.items["A1"].Qty, snapshot)
	type Line struct {
		Product
		Discount float64
	}
	l := Line{*inv.items["C3"], 0.1}
	fmt.Printf("%v %+v %.3f %s\n", l, l, l.Price*(1-l.Discount), l.Name)
}
