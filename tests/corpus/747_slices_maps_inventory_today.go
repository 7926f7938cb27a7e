//go:build ignore

// An inventory kept with the slices and maps packages: SortFunc with
// cmp.Compare and cmp.Or on cell struct fields, BinarySearchFunc on the
// sorted slice, Insert/Delete/Compact, Chunk, maps.Collect/Insert/All,
// Sorted(maps.Keys), min, max and clear.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

//cell

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Aisle int
	Qty   int
	Cents int64
}

func (it Item) String() string {
	return fmt.Sprintf("%s/%s a%d x%d @%d.%02d", it.SKU, it.Name, it.Aisle, it.Qty, it.Cents/100, it.Cents%100)
}

type Inventory struct {
	items []Item // sorted by SKU
}

func bySKU(a Item, s SKU) int { return cmp.Compare(a.SKU, s) }

func (inv *Inventory) Upsert(it Item) {
	i, found := slices.BinarySearchFunc(inv.items, it.SKU, bySKU)
	if found {
		inv.items[i].Qty += it.Qty
		return
	}
	inv.items = slices.Insert(inv.items, i, it)
}

func (inv *Inventory) Remove(s SKU) bool {
	i, found := slices.BinarySearchFunc(inv.items, s, bySKU)
	if !found {
		return false
	}
	inv.items = slices.Delete(inv.items, i, i+1)
	return true
}

func (inv *Inventory) Get(s SKU) (Item, bool) {
	i, found := slices.BinarySearchFunc(inv.items, s, bySKU)
	if !found {
		return Item{}, false
	}
	return inv.items[i], true
}

//cell

var inv Inventory

func init() {
	for _, it := range []Item{
		{"B-220", "bolts", 3, 500, 12},
		{"A-100", "anchors", 1, 40, 95},
		{"W-010", "washers", 3, 900, 3},
		{"H-330", "hinges", 2, 25, 450},
		{"N-001", "nails", 1, 1200, 2},
		{"S-500", "screws", 3, 800, 5},
		{"B-220", "bolts", 3, 100, 12},
		{"P-042", "pliers", 4, 6, 1899},
	} {
		inv.Upsert(it)
	}
}

//cell

func main() {
	for _, it := range inv.items {
		fmt.Println(it)
	}
	fmt.Println(inv.Remove("H-330"), inv.Remove("Z-999"), len(inv.items))
	if it, ok := inv.Get("B-220"); ok {
		fmt.Println("got", it.Name, it.Qty)
	}

	byAisle := slices.Clone(inv.items)
	slices.SortFunc(byAisle, func(a, b Item) int {
		return cmp.Or(
			cmp.Compare(a.Aisle, b.Aisle),
			-cmp.Compare(a.Qty*int(a.Cents), b.Qty*int(b.Cents)),
			strings.Compare(string(a.SKU), string(b.SKU)),
		)
	})
	for _, it := range byAisle {
		fmt.Printf("%d:%s=%d ", it.Aisle, it.Name, int64(it.Qty)*it.Cents)
	}
	fmt.Println()

	aisles := make([]int, 0, len(byAisle))
	for _, it := range byAisle {
		aisles = append(aisles, it.Aisle)
	}
	aisles = slices.Compact(aisles)
	fmt.Println("aisles", aisles, "min", slices.Min(aisles), "max", max(aisles[0], aisles[len(aisles)-1], 0))

	for batch := range slices.Chunk(inv.items, 3) {
		names := make([]string, len(batch))
		for i, it := range batch {
			names[i] = it.Name
		}
		fmt.Println("batch", names)
	}

	qty := maps.Collect(func(yield func(SKU, int) bool) {
		for _, it := range inv.items {
			if !yield(it.SKU, it.Qty) {
				return
			}
		}
	})
	extra := map[SKU]int{"N-001": 1, "X-777": 3}
	maps.Insert(qty, maps.All(extra))
	for _, k := range slices.Sorted(maps.Keys(qty)) {
		fmt.Printf("%s:%d ", k, qty[k])
	}
	fmt.Println()
	total := 0
	for _, v := range maps.All(qty) {
		total += v
	}
	low := min(qty["N-001"], qty["X-777"], 10)
	fmt.Println("total", total, "low", low)
	clear(qty)
	fmt.Println(len(qty), qty == nil)

	names := slices.Collect(func(yield func(string) bool) {
		for _, it := range inv.items {
			if it.Cents < 100 && !yield(it.Name) {
				return
			}
		}
	})
	slices.Sort(names)
	i, ok := slices.BinarySearch(names, "nails")
	fmt.Println(names, i, ok, slices.Index(names, "screws"), slices.Contains(names, "hinges"))
	slices.Reverse(names)
	fmt.Println(names, slices.IsSortedFunc(byAisle, func(a, b Item) int { return a.Aisle - b.Aisle }))
}
