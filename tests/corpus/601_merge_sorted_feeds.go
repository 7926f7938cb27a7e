//go:build ignore

// Merging sorted news feeds: each feed is a cursor (a notebook
// interface with two kinds behind it) on a container/heap ordered by the
// current item's time; heap.Pop(h).(Cursor) is advanced and pushed back
// until every feed is done; the merged items are kept and paged with
// slices of the result.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	T     int
	Title string
}

type Cursor interface {
	Head() Item
	Next() bool
	Source() string
}

type SliceFeed struct {
	name  string
	items []Item
	i     int
}

func (s *SliceFeed) Head() Item     { return s.items[s.i] }
func (s *SliceFeed) Next() bool     { s.i++; return s.i < len(s.items) }
func (s *SliceFeed) Source() string { return s.name }

type Ticker struct {
	name       string
	t, step, n int
}

func (k *Ticker) Head() Item     { return Item{k.t, fmt.Sprintf("tick %d", k.t)} }
func (k *Ticker) Next() bool     { k.t += k.step; k.n--; return k.n > 0 }
func (k *Ticker) Source() string { return k.name }

//cell

type Merge []Cursor

func (m Merge) Len() int { return len(m) }
func (m Merge) Less(i, j int) bool {
	a, b := m[i].Head(), m[j].Head()
	if a.T != b.T {
		return a.T < b.T
	}
	return m[i].Source() < m[j].Source()
}
func (m Merge) Swap(i, j int) { m[i], m[j] = m[j], m[i] }
func (m *Merge) Push(x any)   { *m = append(*m, x.(Cursor)) }
func (m *Merge) Pop() any {
	old := *m
	c := old[len(old)-1]
	*m = old[:len(old)-1]
	return c
}

func merge(feeds ...Cursor) []string {
	h := &Merge{}
	for _, f := range feeds {
		heap.Push(h, f)
	}
	var out []string
	for h.Len() > 0 {
		c := heap.Pop(h).(Cursor)
		it := c.Head()
		out = append(out, fmt.Sprintf("%02d %-6s %s", it.T, c.Source(), it.Title))
		if c.Next() {
			heap.Push(h, c)
		}
	}
	return out
}

//cell

func main() {
	news := &SliceFeed{name: "news", items: []Item{{1, "rates up"}, {4, "storm"}, {9, "election"}}}
	sport := &SliceFeed{name: "sport", items: []Item{{2, "derby"}, {4, "transfer"}}}
	clock := &Ticker{name: "clock", t: 0, step: 5, n: 3}
	all := merge(news, sport, clock)
	for p := 0; p*3 < len(all); p++ {
		end := min(p*3+3, len(all))
		fmt.Printf("page %d:\n  %s\n", p+1, strings.Join(all[p*3:end], "\n  "))
	}
}
