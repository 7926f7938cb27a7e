//go:build ignore

// A job scheduler on container/heap whose Less (a method of a cell type,
// called back by the compiled container/heap) panics on a job it cannot
// order: the panic goes through heap.Push to schedule and main, with
// Less's frame.
package main

import (
	"container/heap"
	"fmt"
)

type Job struct {
	Name     string
	Priority int
}

type Queue []*Job

func (q Queue) Len() int      { return len(q) }
func (q Queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }

//cell

func (q Queue) Less(i, j int) bool {
	if q[i].Priority < 0 || q[j].Priority < 0 {
		panic(fmt.Sprintf("job %q has no priority", q[i].Name))
	}
	return q[i].Priority > q[j].Priority
}

func (q *Queue) Push(x any) { *q = append(*q, x.(*Job)) }

func (q *Queue) Pop() any {
	old := *q
	j := old[len(old)-1]
	*q = old[:len(old)-1]
	return j
}

//cell

func schedule(jobs ...*Job) *Queue {
	q := &Queue{}
	for _, j := range jobs {
		heap.Push(q, j)
	}
	return q
}

//cell

func main() {
	q := schedule(&Job{"build", 2}, &Job{"test", 5})
	fmt.Println(heap.Pop(q).(*Job).Name, q.Len())
	q = schedule(&Job{"lint", 1}, &Job{"deploy", -1})
	fmt.Println("not printed", q.Len())
}
