//go:build ignore

// A clinic queue simulated with a fixed PCG seed: arrivals at fixed
// times, a container/heap priority queue wrapped in a generic type,
// waiting times as durations, per-doctor stats in a map of structs
// updated through pointers, an embedded mutex-free counter type with
// promoted methods, and a summary table with width verbs.
package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

type Patient struct {
	ID       int
	Name     string
	Severity int
	Arrived  time.Time
}

type items[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (h items[T]) Len() int           { return len(h.xs) }
func (h items[T]) Less(i, j int) bool { return h.less(h.xs[i], h.xs[j]) }
func (h items[T]) Swap(i, j int)      { h.xs[i], h.xs[j] = h.xs[j], h.xs[i] }
func (h *items[T]) Push(x any)        { h.xs = append(h.xs, x.(T)) }
func (h *items[T]) Pop() any {
	n := len(h.xs)
	x := h.xs[n-1]
	h.xs = h.xs[:n-1]
	return x
}

type PQ[T any] struct{ h *items[T] }

func NewPQ[T any](less func(a, b T) bool) PQ[T] { return PQ[T]{&items[T]{less: less}} }
func (q PQ[T]) Push(v T)                        { heap.Push(q.h, v) }
func (q PQ[T]) Pop() T                          { return heap.Pop(q.h).(T) }
func (q PQ[T]) Len() int                        { return q.h.Len() }

//cell

type Counter struct{ n int }

func (c *Counter) Inc() int  { c.n++; return c.n }
func (c Counter) Count() int { return c.n }

type Doctor struct {
	Counter
	Name   string
	Waited time.Duration
	Worst  *Patient
}

func (d *Doctor) Treat(p Patient, now time.Time) string {
	d.Inc()
	w := now.Sub(p.Arrived)
	d.Waited += w
	if d.Worst == nil || p.Severity > d.Worst.Severity {
		d.Worst = &p
	}
	return fmt.Sprintf("%s %s treats %-5s sev=%d waited %v", now.Format("15:04"), d.Name, p.Name, p.Severity, w)
}

//cell

func main() {
	r := rand.New(rand.NewPCG(42, 7))
	start := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	names := strings.Fields("ada bo cyd dee eli fay gus hal ivy jon")
	var arrivals []Patient
	t := start
	for i, n := range names {
		t = t.Add(time.Duration(r.IntN(15)+1) * time.Minute)
		arrivals = append(arrivals, Patient{i + 1, n, r.IntN(5) + 1, t})
	}
	fmt.Printf("%+v\n%v\n", arrivals[0], arrivals[9].Arrived.Format(time.TimeOnly))
	q := NewPQ(func(a, b Patient) bool {
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return a.Arrived.Before(b.Arrived)
	})
	docs := map[string]*Doctor{"A": {Name: "Dr.A"}, "B": {Name: "Dr.B"}}
	order := []string{"A", "B"}
	now := start.Add(20 * time.Minute)
	next := 0
	for step := 0; next < len(arrivals) || q.Len() > 0; step++ {
		for next < len(arrivals) && !arrivals[next].Arrived.After(now) {
			q.Push(arrivals[next])
			next++
		}
		if q.Len() == 0 {
			now = arrivals[next].Arrived
			continue
		}
		d := docs[order[step%2]]
		fmt.Println(d.Treat(q.Pop(), now), "| queue", q.Len())
		now = now.Add(time.Duration(5+r.IntN(10)) * time.Minute)
	}
	for _, k := range order {
		d := docs[k]
		avg := d.Waited / time.Duration(d.Count())
		fmt.Printf("%-5s n=%2d total=%-8v avg=%-8v worst=%s(%d)\n", d.Name, d.Count(), d.Waited, avg.Round(time.Second), d.Worst.Name, d.Worst.Severity)
	}
	sev := map[int][]string{}
	for _, p := range arrivals {
		sev[p.Severity] = append(sev[p.Severity], p.Name)
	}
	keys := make([]int, 0, len(sev))
	for k := range sev {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	for _, k := range keys {
		fmt.Printf("%d %-20s %s\n", k, strings.Join(sev[k], ","), strings.Repeat("!", k))
	}
	words := NewPQ(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	for _, w := range strings.Fields("pear fig banana kiwi apple date") {
		words.Push(w)
	}
	var c Counter
	for words.Len() > 0 {
		fmt.Print(c.Inc(), ":", words.Pop(), " ")
	}
	fmt.Println(c.Count(), c)
	fmt.Printf("%T %T\n", q, words.h)
}
