//go:build ignore

// A shop of items behind a cell interface (struct and pointer values):
// sort.Sort of a slice type, slices.SortFunc and IndexFunc, sort.Reverse
// of a sort.Interface, a map of the interface, a template calling the
// interface's methods and JSON of the values.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"text/template"
)

//cell

type Item interface {
	Name() string
	Price() float64
}

type Book struct {
	Title  string
	Cost   float64
	Author string
}

func (b Book) Name() string   { return b.Title }
func (b Book) Price() float64 { return b.Cost }
func (b Book) String() string { return "Book<" + b.Title + ">" }

type Gadget struct {
	Label string
	Cost  float64
	Specs map[string]string
}

func (g *Gadget) Name() string   { return strings.ToUpper(g.Label) }
func (g *Gadget) Price() float64 { return g.Cost * 1.2 }

type byPrice []Item

func (b byPrice) Len() int           { return len(b) }
func (b byPrice) Less(i, j int) bool { return b[i].Price() < b[j].Price() }
func (b byPrice) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

//cell

var (
	items []Item
)

func step1() {
	items = []Item{
		Book{"Go", 30, "Pike"},
		&Gadget{"lamp", 20, map[string]string{"w": "40"}},
		Book{"C", 25, "K&R"},
		&Gadget{"fan", 50, nil},
	}
	sort.Sort(byPrice(items))
	for _, it := range items {
		fmt.Printf("%-6s %6.2f %T\n", it.Name(), it.Price(), it)
	}
	fmt.Println(len(items), items[1:3])
	fmt.Printf("%v\n", items[0])
	slices.SortFunc(items, func(a, b Item) int { return strings.Compare(a.Name(), b.Name()) })
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Name()
	}
	fmt.Println(names)
	idx := slices.IndexFunc(items, func(it Item) bool { return it.Price() > 40 })
	fmt.Println(idx, items[idx].Name())
	var sorter sort.Interface = byPrice(items)
	sort.Sort(sort.Reverse(sorter))
	fmt.Println(items[0].Name(), sort.IsSorted(sorter))
	byName := map[string]Item{}
	for _, it := range items {
		byName[it.Name()] = it
	}
	fmt.Println(len(byName), byName["Go"])
	if g, ok := byName["LAMP"].(*Gadget); ok {
		fmt.Println(g.Specs, g.Label)
	}
}

//cell

func step2() {
	tmpl := template.Must(template.New("t").Parse("{{range .}}{{.Name}}={{printf \"%.1f\" .Price}}; {{end}}\n"))
	if err := tmpl.Execute(os.Stdout, items); err != nil {
		fmt.Println("err:", err)
	}
	b, err := json.Marshal(items)
	fmt.Println(string(b), err)
	type wrapper struct {
		Main  Item            `json:"main"`
		Other []Item          `json:"other"`
		ByKey map[string]Item `json:"by_key"`
	}
	b, err = json.Marshal(wrapper{items[0], items[1:2], map[string]Item{"k": items[3]}})
	fmt.Println(string(b), err)
	fmt.Printf("%+v\n", wrapper{Main: items[2]})
}

//cell

func main() {
	step1()
	step2()
}
