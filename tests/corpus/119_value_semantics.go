//go:build ignore

// Value semantics: copies of structs and arrays, range copies, maps of structs.
package main

import "fmt"

type Item struct {
	Name string
	Qty  int
	Tags []string
}

func bump(it Item) Item { it.Qty++; return it }

func bumpPtr(it *Item) { it.Qty++ }

//cell

func main() {
	a := Item{"pen", 1, []string{"x"}}
	b := a
	b.Qty = 5
	b.Tags[0] = "shared"
	fmt.Println(a, b)
	fmt.Println(bump(a).Qty, a.Qty)
	bumpPtr(&a)
	fmt.Println(a.Qty)
	items := []Item{{"a", 1, nil}, {"b", 2, nil}}
	for _, it := range items {
		it.Qty *= 100
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 100
	}
	fmt.Println(items)
	m := map[string]Item{"k": {"k", 1, nil}}
	it := m["k"]
	it.Qty = 9
	fmt.Println(m["k"].Qty)
	m["k"] = it
	fmt.Println(m["k"].Qty)
	pm := map[string]*Item{"p": {"p", 1, nil}}
	pm["p"].Qty = 42
	fmt.Println(pm["p"].Qty)
	arr := [2]Item{{Name: "x"}, {Name: "y"}}
	arr2 := arr
	arr2[0].Name = "changed"
	fmt.Println(arr[0].Name, arr2[0].Name)
}
