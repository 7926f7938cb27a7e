//go:build ignore

// A discrete-event simulation of a two-teller bank with a seeded PCG
// source: customers with exponential inter-arrival and service times,
// a container/heap priority queue of events ordered by time then
// sequence, teller state in an array of structs, waits collected and
// summarised (mean, max, percentiles), and a per-teller utilisation
// report through tabwriter.
package main

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"text/tabwriter"
)

//cell

type Kind int

const (
	Arrive Kind = iota
	Depart
)

func (k Kind) String() string { return [...]string{"arrive", "depart"}[k] }

type Event struct {
	T    float64
	Seq  int
	Kind Kind
	Cust int
	Tel  int
}

type EventQ []Event

func (q EventQ) Len() int { return len(q) }
func (q EventQ) Less(i, j int) bool {
	if q[i].T != q[j].T {
		return q[i].T < q[j].T
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *EventQ) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *EventQ) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Teller struct {
	Busy   bool
	BusyT  float64
	Served int
	since  float64
}

//cell

type Sim struct {
	rng     *rand.Rand
	q       EventQ
	seq     int
	tellers [2]Teller
	line    []int
	arrived map[int]float64
	waits   []float64
	log     []string
}

func (s *Sim) schedule(e Event) {
	s.seq++
	e.Seq = s.seq
	heap.Push(&s.q, e)
}

func (s *Sim) start(now float64, cust, tel int) {
	t := &s.tellers[tel]
	t.Busy, t.since = true, now
	s.waits = append(s.waits, now-s.arrived[cust])
	s.schedule(Event{T: now + s.rng.ExpFloat64()*3.5, Kind: Depart, Cust: cust, Tel: tel})
}

func (s *Sim) Run(customers int) {
	s.arrived = map[int]float64{}
	t := 0.0
	for c := range customers {
		t += s.rng.ExpFloat64() * 2
		s.schedule(Event{T: t, Kind: Arrive, Cust: c})
	}
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(Event)
		if len(s.log) < 6 {
			s.log = append(s.log, fmt.Sprintf("%7.3f %-6v c%02d", e.T, e.Kind, e.Cust))
		}
		switch e.Kind {
		case Arrive:
			s.arrived[e.Cust] = e.T
			free := slices.IndexFunc(s.tellers[:], func(t Teller) bool { return !t.Busy })
			if free < 0 {
				s.line = append(s.line, e.Cust)
			} else {
				s.start(e.T, e.Cust, free)
			}
		case Depart:
			tl := &s.tellers[e.Tel]
			tl.Busy = false
			tl.Served++
			tl.BusyT += e.T - tl.since
			if len(s.line) > 0 {
				next := s.line[0]
				s.line = s.line[1:]
				s.start(e.T, next, e.Tel)
			}
		}
	}
}

//cell

func main() {
	s := &Sim{rng: rand.New(rand.NewPCG(7, 11))}
	s.Run(40)
	for _, l := range s.log {
		fmt.Println(l)
	}
	w := slices.Sorted(slices.Values(s.waits))
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	waited := len(w) - slices.Index(w, slices.Min(slices.DeleteFunc(slices.Clone(w), func(x float64) bool { return x == 0 })))
	fmt.Printf("n=%d mean=%.3f max=%.3f p50=%.3f p90=%.3f waited=%d\n",
		len(w), sum/float64(len(w)), w[len(w)-1], w[len(w)/2], w[len(w)*9/10], waited)

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "teller\tserved\tbusy\t")
	for i, t := range s.tellers {
		fmt.Fprintf(tw, "%d\t%d\t%.2f\t\n", i, t.Served, t.BusyT)
	}
	tw.Flush()
	fmt.Printf("%+v\n", s.tellers[0])
}
