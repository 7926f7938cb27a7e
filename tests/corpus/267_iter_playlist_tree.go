//go:build ignore

// Iterators over a notebook's own collections: a playlist type with All,
// Backward and ByArtist methods returning iter.Seq and iter.Seq2, generic
// adapters (Filter, MapSeq, Take, Zip) chained across cells, a binary
// search tree walked in order by a recursive yield with early break, and
// iter.Pull to merge two sorted sequences.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"time"
)

type Track struct {
	Title  string
	Artist string
	Length time.Duration
	Plays  int
}

type Playlist struct {
	Name   string
	tracks []Track
}

func (p *Playlist) Add(ts ...Track) { p.tracks = append(p.tracks, ts...) }

func (p *Playlist) All() iter.Seq2[int, Track] {
	return func(yield func(int, Track) bool) {
		for i, t := range p.tracks {
			if !yield(i+1, t) {
				return
			}
		}
	}
}

func (p *Playlist) Backward() iter.Seq[Track] {
	return func(yield func(Track) bool) {
		for i := len(p.tracks) - 1; i >= 0; i-- {
			if !yield(p.tracks[i]) {
				return
			}
		}
	}
}

func (p *Playlist) ByArtist() map[string][]Track {
	m := map[string][]Track{}
	for _, t := range p.tracks {
		m[t.Artist] = append(m[t.Artist], t)
	}
	return m
}

var mix = &Playlist{Name: "mix"}

func init() {
	mix.Add(
		Track{"Blue", "Ana", 3*time.Minute + 20*time.Second, 41},
		Track{"Rust", "Bo", 4*time.Minute + 5*time.Second, 12},
		Track{"Green", "Ana", 2*time.Minute + 58*time.Second, 77},
		Track{"Iron", "Cy", 5*time.Minute + 1*time.Second, 5},
		Track{"Gold", "Bo", 3*time.Minute + 33*time.Second, 63},
		Track{"Grey", "Ana", 4*time.Minute + 12*time.Second, 19},
	)
	for n, t := range mix.All() {
		if n > 3 {
			fmt.Println("...")
			break
		}
		fmt.Printf("%d. %s - %s (%v)\n", n, t.Artist, t.Title, t.Length)
	}
}

//cell

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Values[K, V any](seq iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}

func init() {
	popular := Filter(Values(mix.All()), func(t Track) bool { return t.Plays > 30 })
	titles := MapSeq(popular, func(t Track) string { return strings.ToUpper(t.Title) })
	fmt.Println(slices.Collect(titles), slices.Collect(Take(titles, 2)))
	for t := range Take(mix.Backward(), 2) {
		fmt.Println("from the end:", t.Title)
	}
	by := mix.ByArtist()
	for _, a := range slices.Sorted(maps.Keys(by)) {
		var total time.Duration
		for _, t := range by[a] {
			total += t.Length
		}
		fmt.Println(a, len(by[a]), total)
	}
}

//cell

type Tree[K interface{ ~int | ~string }, V any] struct {
	root *node[K, V]
	size int
}

type node[K interface{ ~int | ~string }, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) InOrder() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

//cell

func merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		x, okx := na()
		y, oky := nb()
		for okx || oky {
			if okx && (!oky || x <= y) {
				if !yield(x) {
					return
				}
				x, okx = na()
			} else {
				if !yield(y) {
					return
				}
				y, oky = nb()
			}
		}
	}
}

func main() {
	byPlays := &Tree[int, string]{}
	byTitle := &Tree[string, Track]{}
	for _, t := range mix.All() {
		byPlays.Put(t.Plays, t.Title)
		byTitle.Put(t.Title, t)
	}
	fmt.Println(byPlays.size, byTitle.size)
	for plays, title := range byPlays.InOrder() {
		if plays > 50 {
			fmt.Println("stop at", plays)
			break
		}
		fmt.Println(plays, title)
	}
	var gs []string
outer:
	for title, t := range byTitle.InOrder() {
		for _, r := range title {
			if r != 'G' {
				continue outer
			}
			gs = append(gs, fmt.Sprintf("%s:%s", title, t.Artist))
			break
		}
	}
	fmt.Println(gs)
	evens := func(yield func(int) bool) {
		for i := 0; i < 10; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
	odds := slices.Values([]int{1, 3, 7, 11})
	fmt.Println(slices.Collect(merge(evens, odds)), slices.Collect(Take(merge(evens, odds), 4)))
	lengths := slices.Collect(MapSeq(Values(byTitle.InOrder()), func(t Track) time.Duration { return t.Length }))
	fmt.Println(slices.Max(lengths), slices.Min(lengths))
	next, stop := iter.Pull2(mix.All())
	n1, t1, ok := next()
	stop()
	_, _, ok2 := next()
	fmt.Println(n1, t1.Title, ok, ok2)
}
