//go:build ignore

// An inventory grown cell by cell, as in a notebook: package variables
// initialised from functions and tables declared above them, a String method added
// after values were stored, init functions in two cells, a generic
// type whose methods come in a later cell, and function variables
// reassigned by later code.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Stock struct {
	SKU   SKU
	Qty   int
	Price float64
	Tags  []string
}

//cell

var seed = `A-1:widget:3:2.50:small,blue
B-7:gadget:0:10.00:
C-2:doohickey:12:0.75:red`

var names = map[SKU]string{}

func buildCatalog(s string) map[SKU]*Stock {
	out := map[SKU]*Stock{}
	for _, line := range strings.Split(s, "\n") {
		f := strings.Split(line, ":")
		var st Stock
		st.SKU = SKU(f[0])
		fmt.Sscan(f[2], &st.Qty)
		fmt.Sscan(f[3], &st.Price)
		if f[4] != "" {
			st.Tags = strings.Split(f[4], ",")
		}
		names[st.SKU] = f[1]
		out[st.SKU] = &st
	}
	return out
}

func valueOf(c map[SKU]*Stock) (v float64) {
	for _, s := range c {
		v += float64(s.Qty) * s.Price
	}
	return
}

var catalog = buildCatalog(seed)

var totalValue = valueOf(catalog)

func init() {
	fmt.Println("init 1:", len(catalog), totalValue)
}

//cell

func (s Stock) String() string {
	return fmt.Sprintf("%s(%s x%d @%.2f)", s.SKU, names[s.SKU], s.Qty, s.Price)
}

func (k SKU) Short() string { return strings.Split(string(k), "-")[0] }

var format = func(s *Stock) string { return s.String() }

func init() {
	fmt.Println("init 2:", format(catalog["A-1"]))
}

//cell

type Queue[T any] struct{ items []T }

//cell

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q Queue[T]) Len() int { return len(q.items) }

//cell

func sortedSKUs() []SKU {
	ks := make([]SKU, 0, len(catalog))
	for k := range catalog {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func main() {
	for _, k := range sortedSKUs() {
		s := catalog[k]
		fmt.Printf("%v | %+v | %s\n", s, *s, k.Short())
	}
	var q Queue[*Stock]
	for _, k := range sortedSKUs() {
		if catalog[k].Qty > 0 {
			q.Push(catalog[k])
		}
	}
	fmt.Println(q.Len())
	format = func(s *Stock) string { return strings.ToUpper(names[s.SKU]) }
	for {
		s, ok := q.Pop()
		if !ok {
			break
		}
		s.Qty--
		fmt.Println(format(s), s.Qty, s.Tags, len(s.Tags))
	}
	fmt.Printf("%.2f %.2f\n", totalValue, valueOf(catalog))
	var sq Queue[string]
	sq.Push("x")
	v, ok := sq.Pop()
	v2, ok2 := sq.Pop()
	fmt.Printf("%q %v %q %v\n", v, ok, v2, ok2)
	list := []Stock{*catalog["C-2"], *catalog["B-7"]}
	fmt.Println(list)
	fmt.Printf("%v %s\n", list[0], &list[1])
}
