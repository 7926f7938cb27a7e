//go:build ignore

// A product catalog moved between slices and maps with the iterator
// functions of Go 1.23: slices.All, Values, Backward, Collect, Sorted,
// SortedFunc, AppendSeq; maps.Keys, Values, All, Collect, Insert; plus
// slices.Repeat and slices.Concat (Go 1.23/1.22).
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type SKU string

type Product struct {
	SKU   SKU
	Name  string
	Price int
	Tags  []string
}

type Catalog map[SKU]Product

func (c Catalog) BySKU() iter.Seq2[SKU, Product] {
	return func(yield func(SKU, Product) bool) {
		for _, k := range slices.Sorted(maps.Keys(c)) {
			if !yield(k, c[k]) {
				return
			}
		}
	}
}

//cell

func KeysOf[K comparable, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func Tagged(c Catalog, tag string) iter.Seq2[SKU, Product] {
	return func(yield func(SKU, Product) bool) {
		for k, p := range c.BySKU() {
			if slices.Contains(p.Tags, tag) && !yield(k, p) {
				return
			}
		}
	}
}

//cell

var items = []Product{
	{"B-200", "bolt", 15, []string{"metal", "small"}},
	{"A-100", "anchor", 240, []string{"metal"}},
	{"C-310", "cable", 99, []string{"copper", "long"}},
	{"D-020", "dowel", 12, []string{"wood", "small"}},
}

//cell

func main() {
	cat := Catalog{}
	for i, p := range slices.All(items) {
		cat[p.SKU] = p
		fmt.Print(i, ":", p.SKU, " ")
	}
	fmt.Println()

	for i, p := range slices.Backward(items) {
		fmt.Print(i, ":", p.Name, " ")
	}
	fmt.Println()

	skus := slices.Sorted(maps.Keys(cat))
	fmt.Println("skus", skus)
	prices := slices.Sorted(func(yield func(int) bool) {
		for p := range maps.Values(cat) {
			if !yield(p.Price) {
				return
			}
		}
	})
	fmt.Println("prices", prices)

	byPrice := slices.SortedFunc(maps.Values(cat), func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	for _, p := range byPrice {
		fmt.Printf("%-7s %4d\n", p.Name, p.Price)
	}

	small := maps.Collect(Tagged(cat, "small"))
	fmt.Println("small", slices.Sorted(maps.Keys(small)), len(small))

	names := slices.Collect(func(yield func(string) bool) {
		for _, p := range cat.BySKU() {
			if !yield(strings.ToUpper(p.Name)) {
				return
			}
		}
	})
	fmt.Println("names", names)

	// maps.Insert adds the pairs of a sequence, overwriting
	discounts := map[SKU]int{"A-100": 200}
	maps.Insert(discounts, maps.All(map[SKU]int{"A-100": 210, "C-310": 90}))
	fmt.Println("discounts", discounts)

	// maps.All over a map with one key only, to keep the order fixed
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println("all", k, v)
	}

	// index by tag: map of slices built from iterators
	byTag := map[string][]SKU{}
	for sku, p := range cat.BySKU() {
		for _, t := range p.Tags {
			byTag[t] = append(byTag[t], sku)
		}
	}
	for _, t := range slices.Sorted(maps.Keys(byTag)) {
		fmt.Println("tag", t, byTag[t])
	}

	firstTwo := slices.Collect(KeysOf(cat.BySKU()))[:2]
	fmt.Println("first two", firstTwo)
	more := slices.AppendSeq([]SKU{"Z-999"}, KeysOf(Tagged(cat, "metal")))
	fmt.Println("append seq", more)

	// Repeat and Concat
	sep := slices.Repeat([]string{"-"}, 3)
	row := slices.Concat([]string{"|"}, sep, []string{"+"}, sep, []string{"|"})
	fmt.Println(strings.Join(row, ""), len(row), cap(row))
	grid := slices.Repeat([][]int{{0, 0}}, 2)
	grid[0][0] = 7 // the inner slices are shared: Repeat copies elements
	fmt.Println("grid", grid)
	fmt.Println("empty", slices.Concat[[]int](), slices.Repeat([]int{1, 2}, 0) == nil, len(slices.Collect(maps.Keys(map[int]int{}))))

	// Values of a slice, ranged with a break
	for v := range slices.Values(skus) {
		if strings.HasPrefix(string(v), "C") {
			fmt.Println("first C:", v)
			break
		}
	}

	// the sequences are reusable
	seq := slices.Values([]int{3, 1, 2})
	fmt.Println(slices.Collect(seq), slices.Sorted(seq), slices.Collect(seq))

	// cloning keeps the originals apart
	c2 := maps.Clone(cat)
	delete(c2, "A-100")
	fmt.Println("clone", len(c2), len(cat), maps.Equal(map[int]int{1: 2}, map[int]int{1: 2}))
}
