//go:build ignore

// Merging sorted feeds with pull iterators: iter.Pull turns push
// sequences into next/stop pairs, so two feeds can be walked in lock step
// (a k-way merge, a zip, a diff of two sorted lists). stop ends a producer
// early and runs its deferred cleanup; next after stop reports false.
// iter.Pull2 does the same for key/value sequences.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	At    int
	Title string
}

var closed []string

func Feed(name string, items []Item) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		defer func() { closed = append(closed, name) }()
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
}

//cell

// Merge merges sorted sequences by key into one sorted sequence.
func Merge[T any](less func(a, b T) bool, seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		type head struct {
			next func() (T, bool)
			v    T
			ok   bool
		}
		heads := make([]*head, 0, len(seqs))
		for _, s := range seqs {
			next, stop := iter.Pull(s)
			defer stop()
			h := &head{next: next}
			h.v, h.ok = next()
			heads = append(heads, h)
		}
		for {
			var best *head
			for _, h := range heads {
				if h.ok && (best == nil || less(h.v, best.v)) {
					best = h
				}
			}
			if best == nil {
				return
			}
			if !yield(best.v) {
				return
			}
			best.v, best.ok = best.next()
		}
	}
}

type Pair[A, B any] struct {
	Left  A
	Right B
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		na, sa := iter.Pull(as)
		defer sa()
		nb, sb := iter.Pull(bs)
		defer sb()
		for {
			a, ok1 := na()
			b, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(Pair[A, B]{a, b}) {
				return
			}
		}
	}
}

// Diff reports what is only in a, only in b, for two sorted sequences.
func Diff[T cmp.Ordered](a, b iter.Seq[T]) (onlyA, onlyB []T) {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	x, okx := na()
	y, oky := nb()
	for okx || oky {
		switch {
		case !oky || (okx && x < y):
			onlyA = append(onlyA, x)
			x, okx = na()
		case !okx || y < x:
			onlyB = append(onlyB, y)
			y, oky = nb()
		default:
			x, okx = na()
			y, oky = nb()
		}
	}
	return
}

//cell

var (
	news = []Item{{1, "rates"}, {4, "storm"}, {9, "final"}}
	blog = []Item{{2, "generics"}, {3, "iterators"}, {8, "release"}}
	jobs = []Item{{5, "gopher wanted"}, {6, "sre"}}
)

func byTime(a, b Item) bool { return a.At < b.At }

//cell

func main() {
	for it := range Merge(byTime, Feed("news", news), Feed("blog", blog), Feed("jobs", jobs)) {
		fmt.Printf("%02d %s\n", it.At, it.Title)
	}
	slices.Sort(closed)
	fmt.Println("closed:", closed)
	closed = nil

	// stop early: only the first four, every feed is closed by the defers
	n := 0
	for it := range Merge(byTime, Feed("news", news), Feed("blog", blog), Feed("jobs", jobs)) {
		n++
		if n == 4 {
			fmt.Println("fourth is", it.Title)
			break
		}
	}
	slices.Sort(closed)
	fmt.Println("closed:", closed)
	closed = nil

	for p := range Zip(slices.Values([]string{"a", "b", "c"}), Feed("jobs", jobs)) {
		fmt.Printf("%s=%s ", p.Left, p.Right.Title)
	}
	fmt.Println("| closed:", closed)
	closed = nil

	onlyA, onlyB := Diff(slices.Values([]int{1, 2, 4, 7, 9}), slices.Values([]int{2, 3, 4, 8, 9, 10}))
	fmt.Println("only in a:", onlyA, "only in b:", onlyB)

	// next and stop by hand
	next, stop := iter.Pull(Feed("blog", blog))
	first, ok := next()
	fmt.Println("first:", first.Title, ok)
	stop()
	stop() // a second stop does nothing
	after, ok := next()
	fmt.Printf("after stop: %+v %v closed: %v\n", after, ok, closed)
	closed = nil

	// iter.Pull2 over a map's sorted entries
	stock := map[string]int{"bolts": 40, "nuts": 25, "washers": 0, "gears": 7}
	entries := func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(stock)) {
			if !yield(k, stock[k]) {
				return
			}
		}
	}
	next2, stop2 := iter.Pull2(entries)
	defer stop2()
	var low []string
	for {
		k, v, ok := next2()
		if !ok {
			break
		}
		if v < 10 {
			low = append(low, fmt.Sprintf("%s(%d)", k, v))
		}
	}
	fmt.Println("low stock:", strings.Join(low, ", "))
	k, v, ok := next2()
	fmt.Printf("exhausted: %q %d %v\n", k, v, ok)

	// a panic in the producer reaches the caller of next
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		boom := func(yield func(int) bool) {
			yield(1)
			panic("feed broke")
		}
		nx, st := iter.Pull(iter.Seq[int](boom))
		defer st()
		v, _ := nx()
		fmt.Println("got", v)
		nx()
	}()
}
