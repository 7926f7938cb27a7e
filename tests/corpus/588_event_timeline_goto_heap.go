//go:build ignore

// A discrete-event simulation of a small bakery: events are values of a
// notebook interface on a container/heap ordered by time; the main loop
// is written with goto (as a state machine would be) and keeps every
// popped event in a map by step, a slice of closures and a log; a
// helper returns heap.Pop's result directly.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Event interface {
	At() int
	Name() string
}

type Arrive struct {
	T        int
	Customer string
}

func (a Arrive) At() int        { return a.T }
func (a Arrive) Name() string   { return a.Customer + " arrives" }
func (a Arrive) String() string { return fmt.Sprintf("arrive(%s@%d)", a.Customer, a.T) }

type Bake struct {
	T     int
	Bread string
	Loafs int
}

func (b *Bake) At() int      { return b.T }
func (b *Bake) Name() string { return fmt.Sprintf("%d %s ready", b.Loafs, b.Bread) }

type Close int

func (c Close) At() int      { return int(c) }
func (c Close) Name() string { return "closing" }

//cell

type Timeline []Event

func (t Timeline) Len() int { return len(t) }
func (t Timeline) Less(i, j int) bool {
	if t[i].At() != t[j].At() {
		return t[i].At() < t[j].At()
	}
	return t[i].Name() < t[j].Name()
}
func (t Timeline) Swap(i, j int) { t[i], t[j] = t[j], t[i] }
func (t *Timeline) Push(x any)   { *t = append(*t, x.(Event)) }
func (t *Timeline) Pop() any {
	old := *t
	e := old[len(old)-1]
	*t = old[:len(old)-1]
	return e
}

func next(t *Timeline) any { return heap.Pop(t) }

//cell

func simulate(t *Timeline) (map[int]any, []func() string) {
	byStep := map[int]any{}
	var replay []func() string
	step := 0
loop:
	if t.Len() == 0 {
		return byStep, replay
	}
	ev := next(t)
	byStep[step] = ev
	replay = append(replay, func() string { return ev.(Event).Name() })
	step++
	if b, ok := ev.(*Bake); ok && b.Loafs > 4 {
		heap.Push(t, &Bake{b.T + 30, b.Bread, b.Loafs / 2})
	}
	if _, done := ev.(Close); done {
		return byStep, replay
	}
	goto loop
}

//cell

func main() {
	t := &Timeline{
		Arrive{5, "Ida"},
		&Bake{0, "rye", 8},
		Arrive{12, "Tor"},
		Close(90),
		&Bake{20, "spelt", 3},
	}
	heap.Init(t)
	byStep, replay := simulate(t)
	steps := make([]int, 0, len(byStep))
	for s := range byStep {
		steps = append(steps, s)
	}
	sort.Ints(steps)
	for _, s := range steps {
		ev := byStep[s]
		fmt.Printf("step %d at %3d: %v\n", s, ev.(Event).At(), ev)
	}
	for i, f := range replay {
		fmt.Println(i, f())
	}
	fmt.Println("left:", t.Len())
}
