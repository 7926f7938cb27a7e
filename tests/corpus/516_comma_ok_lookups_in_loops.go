//go:build ignore

// Lookups with comma-ok in loops, the value used whether the key was
// found or not: a price list with missing items (v, ok := m[k] and v,
// ok = m[k] into variables declared before the loop), a stock map of
// struct values, a generic lookup with a default, and handlers chosen
// as method values assigned together with other values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stock struct {
	Qty  int
	Bins []string
}

type Shop struct {
	prices map[string]int
	stock  map[string]Stock
}

//cell

func (s Shop) Quote(item string) string { return fmt.Sprintf("%s@%d", item, s.prices[item]) }
func (s Shop) Count() int               { return len(s.prices) }

func Lookup[K comparable, V any](m map[K]V, k K, def V) (V, bool) {
	var v V
	var ok bool
	if v, ok = m[k]; !ok {
		v = def
	}
	return v, ok
}

//cell

func main() {
	shop := Shop{
		prices: map[string]int{"apple": 3, "pear": 4},
		stock:  map[string]Stock{"apple": {Qty: 10, Bins: []string{"A1"}}, "fig": {Qty: 2}},
	}
	order := strings.Fields("apple kiwi pear fig kiwi apple")
	total, price, found := 0, 0, false
	var missing []string
	for _, item := range order {
		price, found = shop.prices[item]
		st, inStock := shop.stock[item]
		total += price
		if !found {
			missing = append(missing, item)
		}
		fmt.Printf("%-5s price=%d found=%v stock=%+v in=%v\n", item, price, found, st, inStock)
	}
	fmt.Println("total", total, "missing", missing)

	seen := map[string]int{}
	for _, item := range order {
		n, ok := seen[item]
		seen[item] = n + 1
		if ok {
			fmt.Print(item, " again (", n+1, ") ")
		}
	}
	fmt.Println()
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	for _, k := range []string{"pear", "plum"} {
		v, ok := Lookup(shop.prices, k, -1)
		st, _ := Lookup(shop.stock, k, Stock{Bins: []string{"none"}})
		fmt.Println(k, v, ok, st)
	}

	var quote func(string) string
	n := 0
	quote, n = shop.Quote, shop.Count()
	fmt.Println(quote("apple"), n)
	quote, n = strings.ToUpper, 7
	fmt.Println(quote("apple"), n)
}
