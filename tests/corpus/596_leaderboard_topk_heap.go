//go:build ignore

// A game leaderboard: scores come in as events of a notebook interface
// (Score, Bonus); a min-heap keeps the top k players, the heap's Pop
// results are kept to build the final ranking, a sync.Map totals points
// per player (loads kept in a loop) and the ranking is printed.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"sync"
)

type Event interface {
	Player() string
	Points() int
}

type Score struct {
	Who string
	Pts int
}

func (s Score) Player() string { return s.Who }
func (s Score) Points() int    { return s.Pts }

type Bonus struct {
	Who    string
	Reason string
}

func (b *Bonus) Player() string { return b.Who }
func (b *Bonus) Points() int    { return 50 }

type Entry struct {
	Name  string
	Total int
}

//cell

type TopK struct {
	k     int
	items []Entry
}

func (t *TopK) Len() int           { return len(t.items) }
func (t *TopK) Less(i, j int) bool { return t.items[i].Total < t.items[j].Total }
func (t *TopK) Swap(i, j int)      { t.items[i], t.items[j] = t.items[j], t.items[i] }
func (t *TopK) Push(x any)         { t.items = append(t.items, x.(Entry)) }
func (t *TopK) Pop() any {
	n := len(t.items)
	e := t.items[n-1]
	t.items = t.items[:n-1]
	return e
}

func (t *TopK) Offer(e Entry) {
	heap.Push(t, e)
	if t.Len() > t.k {
		heap.Pop(t)
	}
}

//cell

func totals(events []Event) (*sync.Map, []string) {
	var m sync.Map
	seen := map[string]bool{}
	var names []string
	for _, ev := range events {
		prev, _ := m.LoadOrStore(ev.Player(), 0)
		m.Store(ev.Player(), prev.(int)+ev.Points())
		if !seen[ev.Player()] {
			seen[ev.Player()] = true
			names = append(names, ev.Player())
		}
	}
	sort.Strings(names)
	return &m, names
}

//cell

func main() {
	events := []Event{
		Score{"ana", 120}, Score{"bo", 80}, &Bonus{"bo", "streak"},
		Score{"cy", 200}, Score{"dee", 95}, Score{"ana", 30},
		&Bonus{"eli", "first"}, Score{"eli", 10}, Score{"dee", 70},
	}
	m, names := totals(events)
	var loaded []any
	for _, n := range names {
		v, _ := m.Load(n)
		loaded = append(loaded, v)
	}
	fmt.Println(names, loaded)

	top := &TopK{k: 3}
	for i, n := range names {
		top.Offer(Entry{n, loaded[i].(int)})
	}
	var ranking []any
	for top.Len() > 0 {
		ranking = append(ranking, heap.Pop(top))
	}
	for i := len(ranking) - 1; i >= 0; i-- {
		e := ranking[i].(Entry)
		fmt.Printf("#%d %-4s %d\n", len(ranking)-i, e.Name, e.Total)
	}
	var bonuses []string
	for _, ev := range events {
		if b, ok := ev.(*Bonus); ok {
			bonuses = append(bonuses, b.Who+":"+b.Reason)
		}
	}
	fmt.Println(bonuses)
}
