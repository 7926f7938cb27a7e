//go:build ignore

// A long cell of declarations (types, methods, helpers); the panic is in
// a function near its end, called from the next cell.
package main

import (
	"fmt"
	"sort"
	"strings"
)

//cell

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Price int
	Qty   int
}

type Inventory struct {
	items map[SKU]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: map[SKU]*Item{}}
}

func (inv *Inventory) Add(it Item) {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		inv.logf("restock %s +%d", it.SKU, it.Qty)
		return
	}
	c := it
	inv.items[it.SKU] = &c
	inv.logf("add %s", it.SKU)
}

func (inv *Inventory) logf(format string, args ...any) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Remove(sku SKU, n int) bool {
	it, ok := inv.items[sku]
	if !ok || it.Qty < n {
		return false
	}
	it.Qty -= n
	inv.logf("remove %s -%d", sku, n)
	return true
}

func (inv *Inventory) SKUs() []SKU {
	out := make([]SKU, 0, len(inv.items))
	for s := range inv.items {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func (inv *Inventory) Value() int {
	total := 0
	for _, it := range inv.items {
		total += it.Price * it.Qty
	}
	return total
}

func (inv *Inventory) Report() string {
	var b strings.Builder
	for _, s := range inv.SKUs() {
		it := inv.items[s]
		fmt.Fprintf(&b, "%-5s %-8s %3d x %4d\n", s, it.Name, it.Qty, it.Price)
	}
	return b.String()
}

func (inv *Inventory) AveragePrice() int {
	sum, n := 0, 0
	for _, it := range inv.items {
		if it.Qty > 0 {
			sum += it.Price
			n++
		}
	}
	return sum / n
}

func unitPrice(inv *Inventory, sku SKU) int {
	return inv.items[sku].Price
}

//cell

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "bolt", 5, 100})
	inv.Add(Item{"B2", "nut", 3, 40})
	inv.Add(Item{"A1", "bolt", 5, 20})
	fmt.Print(inv.Report())
	fmt.Println(inv.Value(), inv.AveragePrice(), unitPrice(inv, "B2"))
	inv.Remove("A1", 120)
	inv.Remove("B2", 40)
	fmt.Println(strings.Join(inv.log, "; "))
	fmt.Println(inv.AveragePrice())
}
