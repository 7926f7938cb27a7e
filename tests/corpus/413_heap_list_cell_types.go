//go:build ignore

// container/heap over a slice type of cell structs with an index field
// updated by Swap, heap.Fix after a priority change, heap.Remove; a
// container/list holding cell struct values and pointers, moved and
// removed, read back with type assertions.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

//cell

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Name < pq[j].Name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

//cell

type Point struct{ X, Y int }

func listString(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case Point:
			parts = append(parts, fmt.Sprintf("P%v", v))
		case *Point:
			parts = append(parts, fmt.Sprintf("*P{%d,%d}", v.X, v.Y))
		case string:
			parts = append(parts, v)
		default:
			parts = append(parts, fmt.Sprintf("%T", v))
		}
	}
	return strings.Join(parts, " ")
}

func main() {
	tasks := map[string]*Task{}
	pq := PQ{}
	for i, name := range []string{"write", "test", "deploy", "review", "plan"} {
		t := &Task{Name: name, Priority: (i * 7) % 5}
		tasks[name] = t
		heap.Push(&pq, t)
	}
	tasks["plan"].Priority = 10
	heap.Fix(&pq, tasks["plan"].index)
	removed := heap.Remove(&pq, tasks["test"].index).(*Task)
	fmt.Println("removed", removed.Name, removed.index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s:%d ", t.Name, t.Priority)
	}
	fmt.Println()

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println("min", (*h)[0], "len", h.Len())
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)

	l := list.New()
	p := &Point{1, 2}
	e1 := l.PushBack(Point{3, 4})
	l.PushFront("head")
	e3 := l.PushBack(p)
	l.InsertAfter(Point{5, 6}, e1)
	fmt.Println(listString(l))
	p.X = 100
	l.MoveToFront(e3)
	l.Remove(e1)
	fmt.Println(listString(l), l.Len())
	if pt, ok := l.Back().Value.(Point); ok {
		pt.X = -1
		fmt.Println(pt, l.Back().Value)
	}
	l2 := list.New()
	l2.PushBack(1.5)
	l.PushBackList(l2)
	fmt.Println(listString(l))
}
