//go:build ignore

// heap.Pop on an empty heap calls Swap(0, -1) on the cell type, whose
// slice index panics.
package main

import (
	"container/heap"
	"fmt"
)

//cell

type Task struct {
	Name string
	Prio int
}

type Queue []Task

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].Prio > q[j].Prio }
func (q Queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *Queue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

//cell

func runAll(q *Queue, n int) {
	for i := 0; i < n; i++ {
		t := heap.Pop(q).(Task)
		fmt.Println("run", t.Name, t.Prio)
	}
}

//cell

func main() {
	q := &Queue{}
	heap.Push(q, Task{"lint", 1})
	heap.Push(q, Task{"build", 5})
	heap.Push(q, Task{"test", 3})
	runAll(q, 4)
}
