//go:build ignore

// The iterator helpers of Go 1.23 and 1.24 on a small log of orders:
// strings.SplitSeq and FieldsSeq to parse without building slices,
// slices.Chunk to batch, maps.Collect and maps.Insert from an iter.Seq2
// of our own, slices.Sorted(maps.Keys(...)), slices.Collect, and
// iter.Pull to merge two sorted sequences and zip two of another type.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const orders = `1001 alice widget 3
1002 bob gadget 1
1003 alice gizmo 2
1004 carol widget 5
1005 bob widget 2
1006 dave gizmo 7
1007 alice gadget 4`

type Order struct {
	ID       int
	Customer string
	Item     string
	Qty      int
}

func parse(text string) iter.Seq2[int, Order] {
	return func(yield func(int, Order) bool) {
		n := 0
		for line := range strings.SplitSeq(text, "\n") {
			var f []string
			for w := range strings.FieldsSeq(line) {
				f = append(f, w)
			}
			if len(f) != 4 {
				continue
			}
			id, _ := strconv.Atoi(f[0])
			qty, _ := strconv.Atoi(f[3])
			if !yield(n, Order{id, f[1], f[2], qty}) {
				return
			}
			n++
		}
	}
}

//cell

func byID(seq iter.Seq2[int, Order]) iter.Seq2[int, Order] {
	return func(yield func(int, Order) bool) {
		for _, o := range seq {
			if !yield(o.ID, o) {
				return
			}
		}
	}
}

func merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		x, okx := na()
		y, oky := nb()
		for okx || oky {
			var v int
			if !oky || okx && x <= y {
				v, x, okx = x, 0, false
				if !yield(v) {
					return
				}
				x, okx = na()
				continue
			}
			v = y
			if !yield(v) {
				return
			}
			y, oky = nb()
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nb()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

//cell

func main() {
	all := maps.Collect(byID(parse(orders)))
	fmt.Println(len(all), "orders; 1004 is", all[1004])

	perCustomer := map[string]int{}
	for _, o := range parse(orders) {
		perCustomer[o.Customer] += o.Qty
	}
	for _, name := range slices.Sorted(maps.Keys(perCustomer)) {
		fmt.Printf("%-6s %2d\n", name, perCustomer[name])
	}

	ids := slices.Sorted(maps.Keys(all))
	for batch := range slices.Chunk(ids, 3) {
		fmt.Println("batch", batch)
	}

	more := map[int]Order{2001: {2001, "erin", "gadget", 1}}
	maps.Insert(more, byID(parse("1008 frank gizmo 9\n")))
	fmt.Println(slices.Sorted(maps.Keys(more)))

	items := slices.Collect(maps.Values(map[string]bool{"x": true}))
	fmt.Println(items)
	widgets := slices.Collect(func(yield func(Order) bool) {
		for _, o := range parse(orders) {
			if o.Item == "widget" && !yield(o) {
				return
			}
		}
	})
	fmt.Printf("%d widget orders, first %+v\n", len(widgets), widgets[0])

	evens := slices.Values([]int{2, 4, 10, 12})
	odds := slices.Values([]int{1, 3, 5, 11, 13, 15})
	fmt.Println("merged:", slices.Collect(merge(evens, odds)))
	for n, word := range zip(slices.Values([]int{1, 2, 3}), strings.SplitSeq("one,two", ",")) {
		fmt.Println(n, word)
	}

	next, stop := iter.Pull2(parse(orders))
	i, first, ok := next()
	fmt.Println(i, first.Customer, ok)
	i, second, _ := next()
	fmt.Println(i, second.Item)
	stop()
	_, _, ok = next()
	fmt.Println("after stop:", ok)

	words := []string{}
	for part := range strings.SplitAfterSeq("a-b-c", "-") {
		words = append(words, part)
	}
	fmt.Printf("%q\n", words)
	for i, line := range slices.All(slices.Collect(strings.Lines("x\ny\n"))) {
		fmt.Printf("%d:%q ", i, line)
	}
	fmt.Println()
}
