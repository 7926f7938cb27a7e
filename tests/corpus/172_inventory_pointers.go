//go:build ignore

// An inventory kept as a map of pointers to structs, mutated through
// methods, next to the value-semantics pitfalls a beginner meets: ranging
// over a slice of structs copies them, a map of structs cannot be
// assigned into, and String on a pointer receiver is not seen by fmt for
// values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

//cell

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}}
}

func (inv *Inventory) Add(it Item) *Item {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		inv.logf("restock %s +%d", it.SKU, it.Qty)
		return old
	}
	p := &it
	inv.items[it.SKU] = p
	inv.logf("new %s", it.SKU)
	return p
}

func (inv *Inventory) logf(format string, args ...any) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Take(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %s: no such item", sku)
	}
	if it.Qty < n {
		return fmt.Errorf("take %s: want %d, have %d", sku, n, it.Qty)
	}
	it.Qty -= n
	inv.logf("take %s -%d", sku, n)
	return nil
}

//cell

func (it *Item) String() string {
	return fmt.Sprintf("%s(%s x%d @%.2f)", it.SKU, it.Name, it.Qty, it.Price)
}

func (inv *Inventory) Sorted() []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func (inv *Inventory) Value() (total float64) {
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return
}

//cell

var inv = NewInventory()

func init() {
	inv.Add(Item{SKU: "B-2", Name: "bolt", Qty: 100, Price: 0.05, Tags: []string{"metal"}})
	inv.Add(Item{SKU: "A-1", Name: "anvil", Qty: 2, Price: 149.5})
	inv.Add(Item{SKU: "C-3", Name: "chain", Qty: 10, Price: 3.25, Tags: []string{"metal", "heavy"}})
}

//cell

func main() {
	p := inv.Add(Item{SKU: "B-2", Qty: 50})
	p.Price = 0.04
	fmt.Println(inv.items["B-2"].Qty, inv.items["B-2"].Price, p == inv.items["B-2"])
	fmt.Println(inv.Take("A-1", 3))
	fmt.Println(inv.Take("Z-9", 1))
	fmt.Println(inv.Take("C-3", 4), inv.items["C-3"].Qty)
	fmt.Println(inv.Sorted())
	fmt.Printf("%.2f\n", inv.Value())
	fmt.Println(strings.Join(inv.log, "; "))

	// A value Item does not have the pointer receiver's String.
	v := *inv.items["A-1"]
	fmt.Println(v.SKU, v.Qty, v.Tags == nil)
	fmt.Printf("%v\n%+v\n", v, v)
	fmt.Printf("%v %s\n", &v, []*Item{&v})
	fmt.Println([]Item{v}, map[string]*Item{"a": &v})

	// Ranging copies each struct; the copies' changes are lost.
	items := []Item{*inv.items["A-1"], *inv.items["B-2"]}
	for _, it := range items {
		it.Qty = 0
		it.Tags = append(it.Tags, "seen")
	}
	fmt.Println(items[0].Qty, items[1].Qty, items[1].Tags)
	for i := range items {
		items[i].Qty = 0
	}
	fmt.Println(items[0].Qty, items[1].Qty, inv.items["B-2"].Qty)

	// The shared slice under Tags is another story.
	c := *inv.items["C-3"]
	c.Tags[0] = "steel"
	fmt.Println(inv.items["C-3"].Tags, c.Tags)

	// A map of struct values: copy out, change, store back.
	byName := map[string]Item{}
	for _, it := range inv.Sorted() {
		byName[it.Name] = *it
	}
	b := byName["bolt"]
	b.Qty *= 2
	byName["bolt"] = b
	fmt.Println(byName["bolt"].Qty, inv.items["B-2"].Qty)

	var missing *Item
	fmt.Println(inv.items["nope"] == nil, missing == inv.items["nope"])
	fmt.Printf("%v %+v\n", inv.items["nope"], []*Item{nil})
}
