//go:build ignore

// Printing nested notebook types with %v, %+v and %#v: structs holding
// slices of structs, maps of pointers, embedded structs, named slices and
// maps, nil pointers and interfaces, arrays, and values with String() at
// several depths.
package main

import (
	"fmt"
	"time"
)

type Unit string

type Qty struct {
	N    int
	Unit Unit
}

type Tag struct {
	Key, Val string
}

type Tags []Tag

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

//cell

type Audit struct {
	By  string
	Rev int
}

type Item struct {
	SKU   string
	Qty   Qty
	Price Money
	Tags  Tags
	Next  *Item
	Extra any
	Audit
}

type Bin struct {
	Name  string
	Items map[string]*Item
	Dims  [3]float64
	Shelf *Bin
}

type Stock map[string][]Qty

//cell

var (
	bolt  = Item{SKU: "B-1", Qty: Qty{100, "pcs"}, Price: 5, Tags: Tags{{"mat", "steel"}}, Audit: Audit{"ana", 2}}
	nut   = &Item{SKU: "N-2", Qty: Qty{3, "kg"}, Price: 1250, Extra: Qty{1, "box"}}
	shelf = &Bin{Name: "top", Dims: [3]float64{1, 0.5, 2.25}}
	bin   = Bin{Name: "A1", Items: map[string]*Item{"bolt": &bolt, "nut": nut}, Shelf: shelf}
)

func init() {
	bolt.Next = nut
	nut.Extra = []Tag{{"hazard", "no"}}
}

//cell

func show(label string, v any) {
	fmt.Printf("%s\n  v: %v\n  +: %+v\n", label, v, v)
}

func main() {
	show("qty", Qty{2, "m"})
	show("tags", bolt.Tags)
	show("nut", *nut)
	show("slice", []Qty{{1, "l"}, {2, "ml"}})
	show("stock", Stock{"x": {{1, "a"}}, "a": nil})
	show("money", []Money{1, 250, 99999})
	show("audit", bolt.Audit)
	fmt.Printf("%#v\n", Qty{2, "m"})
	fmt.Printf("%#v\n", bolt.Tags)
	fmt.Printf("%#v\n", Stock{"k": {{7, "t"}}})
	fmt.Printf("%#v\n", []*Qty{nil})
	fmt.Printf("%#v\n", shelf.Dims)
	fmt.Printf("%#v\n", Audit{"bo", 1})
	fmt.Printf("%#v\n", map[Unit]Money{"kg": 300})
	fmt.Printf("%#v %#v\n", Unit("pcs"), Money(5))
	fmt.Printf("%v|%+v\n", shelf, *shelf)
	fmt.Printf("%v\n", bin.Items["nut"].Qty)
	fmt.Printf("%s\n", bolt.Price)
	fmt.Printf("%d\n", bolt.Price)
	fmt.Printf("%v %v\n", bolt.Next == nut, bolt.Next.Extra)
	fmt.Println(nut.Price, nut.Qty, nut.Audit, bolt.Tags[0])
	var none *Item
	var nothing any
	fmt.Printf("%v %+v %v\n", none, nothing, Item{}.Next)
	fmt.Println(Item{SKU: "Z"}.Qty, len(bin.Items))
	type pair struct {
		A Qty
		B *Qty
	}
	fmt.Printf("%+v\n", pair{A: Qty{1, "x"}})
	fmt.Printf("%v\n", struct {
		When  time.Duration
		Price Money
	}{90 * time.Second, 1999})
	fmt.Printf("%x %X %q\n", Qty{255, "ab"}, Tags{{"k", "v"}}, Tag{"a", "b"})
	fmt.Printf("%8v|%-8v|\n", Money(42), Unit("m"))
	fmt.Printf("%v\n", [2]Tag{{"a", "1"}})
}
