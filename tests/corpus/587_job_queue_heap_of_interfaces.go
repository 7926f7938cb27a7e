//go:build ignore

// A job queue on container/heap whose elements are values of an
// interface the notebook declares (Job): jobs of three kinds are pushed,
// popped in priority order in a loop and kept in an []any, asserted back
// to Job and to their kinds, counted with a type switch; a second round
// pushes new jobs while draining, reusing the heap's backing array.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job interface {
	Priority() int
	Run() string
}

type Email struct {
	To  string
	Pri int
}

func (e Email) Priority() int { return e.Pri }
func (e Email) Run() string   { return "mail " + e.To }

type Backup struct {
	Path string
	Pri  int
}

func (b *Backup) Priority() int { return b.Pri }
func (b *Backup) Run() string   { return "backup " + b.Path }

type Report string

func (r Report) Priority() int { return len(r) }
func (r Report) Run() string   { return "report " + strings.ToUpper(string(r)) }

//cell

type JobQueue []Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority() != q[j].Priority() {
		return q[i].Priority() > q[j].Priority()
	}
	return q[i].Run() < q[j].Run()
}
func (q JobQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *JobQueue) Push(x any)   { *q = append(*q, x.(Job)) }
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	return j
}

//cell

func drain(q *JobQueue) []any {
	var done []any
	for q.Len() > 0 {
		done = append(done, heap.Pop(q))
	}
	return done
}

func kinds(jobs []any) map[string]int {
	count := map[string]int{}
	for _, j := range jobs {
		switch j.(type) {
		case Email:
			count["email"]++
		case *Backup:
			count["backup"]++
		case Report:
			count["report"]++
		}
	}
	return count
}

//cell

func main() {
	q := &JobQueue{
		Email{"ana@example.com", 3},
		&Backup{"/var/db", 9},
		Report("weekly"),
		Email{"bo@example.com", 3},
	}
	heap.Init(q)
	heap.Push(q, Report("q3"))
	done := drain(q)
	fmt.Println(len(done), "jobs")
	for i, j := range done {
		job := j.(Job)
		fmt.Printf("%d. [%d] %s\n", i+1, job.Priority(), job.Run())
	}
	fmt.Println(kinds(done))

	// a second round: each popped job may schedule a follow-up
	q2 := &JobQueue{}
	for _, j := range done[:3] {
		heap.Push(q2, j.(Job))
	}
	var log []string
	for round := 0; q2.Len() > 0; round++ {
		next := heap.Pop(q2).(Job)
		log = append(log, next.Run())
		if e, ok := next.(Email); ok && round < 2 {
			heap.Push(q2, Email{"re:" + e.To, e.Pri - 1})
		}
	}
	fmt.Println(strings.Join(log, " | "))
}
