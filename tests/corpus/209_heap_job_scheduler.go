//go:build ignore

// A job scheduler on container/heap: a priority queue of *Job ordered by
// priority then by arrival, a lookup map for updates through heap.Fix,
// removal with heap.Remove, and a second heap of values ordered by deadline.
package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Urgent:
		return "URGENT"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Job struct {
	Name     string
	Prio     Priority
	Seq      int
	Deadline time.Duration
	index    int
}

//cell

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Prio != q[j].Prio {
		return q[i].Prio > q[j].Prio
	}
	return q[i].Seq < q[j].Seq
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *JobQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

//cell

type Scheduler struct {
	q      JobQueue
	byName map[string]*Job
	seq    int
}

func NewScheduler() *Scheduler {
	return &Scheduler{byName: make(map[string]*Job)}
}

func (s *Scheduler) Add(name string, p Priority, d time.Duration) {
	s.seq++
	j := &Job{Name: name, Prio: p, Seq: s.seq, Deadline: d}
	heap.Push(&s.q, j)
	s.byName[name] = j
}

func (s *Scheduler) Bump(name string, p Priority) bool {
	j, ok := s.byName[name]
	if !ok {
		return false
	}
	j.Prio = p
	heap.Fix(&s.q, j.index)
	return true
}

func (s *Scheduler) Cancel(name string) *Job {
	j, ok := s.byName[name]
	if !ok {
		return nil
	}
	delete(s.byName, name)
	return heap.Remove(&s.q, j.index).(*Job)
}

func (s *Scheduler) Next() (*Job, bool) {
	if s.q.Len() == 0 {
		return nil, false
	}
	j := heap.Pop(&s.q).(*Job)
	delete(s.byName, j.Name)
	return j, true
}

func (s *Scheduler) Peek() string {
	if len(s.q) == 0 {
		return "<empty>"
	}
	return fmt.Sprintf("%s(%v)", s.q[0].Name, s.q[0].Prio)
}

//cell

type byDeadline []Job

func (h byDeadline) Len() int           { return len(h) }
func (h byDeadline) Less(i, j int) bool { return h[i].Deadline < h[j].Deadline }
func (h byDeadline) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *byDeadline) Push(x any)        { *h = append(*h, x.(Job)) }
func (h *byDeadline) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

var s = NewScheduler()

func init() {
	s.Add("backup", Low, 90*time.Minute)
	s.Add("deploy", High, 15*time.Minute)
	s.Add("email", Normal, 2*time.Hour)
	s.Add("report", Normal, 45*time.Minute)
	s.Add("pager", Urgent, 30*time.Second)
	s.Add("cleanup", Low, 24*time.Hour)
}

//cell

func main() {
	fmt.Println("peek:", s.Peek(), "len:", s.q.Len())
	fmt.Println("bump report:", s.Bump("report", Urgent), "bump nope:", s.Bump("nope", High))
	fmt.Println("peek:", s.Peek())
	c := s.Cancel("email")
	fmt.Printf("cancelled %s %v index=%d\n", c.Name, c.Prio, c.index)
	fmt.Println(s.Cancel("email") == nil)
	var order []string
	var dl byDeadline
	for {
		j, ok := s.Next()
		if !ok {
			break
		}
		order = append(order, fmt.Sprintf("%s:%v", j.Name, j.Prio))
		heap.Push(&dl, *j)
	}
	fmt.Println(strings.Join(order, " "))
	fmt.Println("left:", s.Peek(), len(s.byName))
	for dl.Len() > 0 {
		j := heap.Pop(&dl).(Job)
		fmt.Printf("%-8s due in %v (%s)\n", j.Name, j.Deadline, j.Prio)
	}
	fmt.Println(Priority(7), []Priority{Low, Urgent})
}
