//go:build ignore

// A priority queue on container/heap whose owner swaps two entries by
// position after a removal shrank it: both positions are out of range,
// and the swap panics naming the first one, as Go checks them, with
// Swap's frame and main's.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name string
	Pri  int
}

type PQ []Task

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].Pri > q[j].Pri }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *PQ) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

//cell

func main() {
	q := &PQ{{"write", 2}, {"test", 5}, {"ship", 1}, {"plan", 4}, {"fix", 3}}
	heap.Init(q)
	var done []any
	for q.Len() > 2 {
		done = append(done, heap.Pop(q))
	}
	fmt.Println(done, *q)
	q.Swap(3, 4)
	fmt.Println("not reached", *q)
}
