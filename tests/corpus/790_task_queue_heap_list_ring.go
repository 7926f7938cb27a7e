//go:build ignore

// A job scheduler tried out in a notebook: a priority queue on
// container/heap whose Item type and methods live in the first cell, an
// undo history on container/list with elements moved and removed while
// walking, a ring of worker names rotated with container/ring, and a
// tie-breaking bug fixed later by swapping the queue's less function.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Prio  int
	Seq   int
	index int
}

type PQ struct {
	items []*Item
	less  func(a, b *Item) bool
}

func (q PQ) Len() int           { return len(q.items) }
func (q PQ) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q PQ) Swap(i, j int) {
	q.items[i], q.items[j] = q.items[j], q.items[i]
	q.items[i].index = i
	q.items[j].index = j
}
func (q *PQ) Push(x any) { it := x.(*Item); it.index = len(q.items); q.items = append(q.items, it) }
func (q *PQ) Pop() any {
	n := len(q.items)
	it := q.items[n-1]
	q.items = q.items[:n-1]
	it.index = -1
	return it
}
func (q *PQ) update(it *Item, p int) { it.Prio = p; heap.Fix(q, it.index) }

//cell

var jobs = []struct {
	name string
	prio int
}{{"backup", 2}, {"email", 5}, {"index", 2}, {"deploy", 9}, {"lint", 5}, {"cache", 1}}

func byPrio(a, b *Item) bool { return a.Prio > b.Prio }

func drain(q *PQ) string {
	var out []string
	for q.Len() > 0 {
		it := heap.Pop(q).(*Item)
		out = append(out, fmt.Sprintf("%s:%d", it.Name, it.Prio))
	}
	return strings.Join(out, " ")
}

func fill(less func(a, b *Item) bool) (*PQ, map[string]*Item) {
	q := &PQ{less: less}
	byName := map[string]*Item{}
	for i, j := range jobs {
		it := &Item{Name: j.name, Prio: j.prio, Seq: i}
		byName[j.name] = it
		heap.Push(q, it)
	}
	return q, byName
}

//cell

// the first attempt breaks ties by heap order; the fix breaks them by arrival
func byPrioThenSeq(a, b *Item) bool {
	if a.Prio != b.Prio {
		return a.Prio > b.Prio
	}
	return a.Seq < b.Seq
}

type History struct{ l *list.List }

func (h *History) Do(s string) *list.Element { return h.l.PushBack(s) }

func (h History) String() string {
	var b strings.Builder
	for e := h.l.Front(); e != nil; e = e.Next() {
		if e != h.l.Front() {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, e.Value)
	}
	return b.String()
}

//cell

func main() {
	q, _ := fill(byPrio)
	fmt.Println(drain(q))
	q, _ = fill(byPrioThenSeq)
	fmt.Println(drain(q))
	q, names := fill(byPrioThenSeq)
	q.update(names["cache"], 7)
	q.update(names["deploy"], 0)
	heap.Remove(q, names["lint"].index)
	fmt.Println(drain(q))

	h := History{list.New()}
	for _, s := range []string{"open", "type", "bold", "save", "type"} {
		h.Do(s)
	}
	fmt.Println(h, h.l.Len())
	for e := h.l.Front(); e != nil; {
		next := e.Next()
		if e.Value == "type" {
			h.l.MoveToFront(e)
		}
		if e.Value == "bold" {
			h.l.Remove(e)
		}
		e = next
	}
	fmt.Println(h)
	mark := h.l.InsertAfter("undo", h.l.Back())
	h.l.MoveBefore(mark, h.l.Front())
	fmt.Println(h, h.l.Front().Value, h.l.Back().Prev().Value)

	r := ring.New(4)
	for _, w := range []string{"ann", "bob", "cy", "dee"} {
		r.Value = w
		r = r.Next()
	}
	for round := 0; round < 3; round++ {
		var got []string
		r.Do(func(v any) { got = append(got, v.(string)) })
		fmt.Println(round, got)
		r = r.Move(3)
	}
	removed := r.Unlink(1)
	fmt.Println(r.Len(), removed.Value, removed.Len())
	extra := ring.New(2)
	extra.Value, extra.Next().Value = "eve", "fay"
	r.Link(extra)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
}
