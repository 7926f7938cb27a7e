//go:build ignore

// A state machine with transition tables in nested maps, enter hooks and
// an error type with an Is method, a pipeline of stage functions (a
// named func type over channels) cancelled by context, a counter behind
// a sync.RWMutex, and context.WithCancelCause seen from goroutines.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Done
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Done:
		return "Done"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type Machine struct {
	state State
	trans map[State]map[Event]State
	enter map[State]func(from State)
	log   []string
}

//cell

var ErrBadTransition = errors.New("bad transition")

type TransitionError struct {
	From State
	Ev   Event
}

func (e *TransitionError) Error() string        { return fmt.Sprintf("%v on %q", e.From, e.Ev) }
func (e *TransitionError) Is(target error) bool { return target == ErrBadTransition }

func NewMachine() *Machine {
	m := &Machine{trans: map[State]map[Event]State{
		Idle:    {"start": Running},
		Running: {"pause": Paused, "finish": Done},
		Paused:  {"resume": Running, "finish": Done},
	}, enter: map[State]func(State){}}
	return m
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.trans[m.state][ev]
	if !ok {
		return &TransitionError{m.state, ev}
	}
	prev := m.state
	m.state = next
	m.log = append(m.log, fmt.Sprintf("%v-%s->%v", prev, ev, next))
	if f := m.enter[next]; f != nil {
		f(prev)
	}
	return nil
}

//cell

type stage func(ctx context.Context, in <-chan string) <-chan string

func mapStage(f func(string) string) stage {
	return func(ctx context.Context, in <-chan string) <-chan string {
		out := make(chan string)
		go func() {
			defer close(out)
			for s := range in {
				select {
				case out <- f(s):
				case <-ctx.Done():
					return
				}
			}
		}()
		return out
	}
}

func filterStage(keep func(string) bool) stage {
	return func(ctx context.Context, in <-chan string) <-chan string {
		out := make(chan string)
		go func() {
			defer close(out)
			for s := range in {
				if !keep(s) {
					continue
				}
				select {
				case out <- s:
				case <-ctx.Done():
					return
				}
			}
		}()
		return out
	}
}

func run(ctx context.Context, src []string, stages ...stage) <-chan string {
	in := make(chan string)
	go func() {
		defer close(in)
		for _, s := range src {
			select {
			case in <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	var c <-chan string = in
	for _, st := range stages {
		c = st(ctx, c)
	}
	return c
}

//cell

type Counter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]int{}
	}
	c.m[k]++
}

func (c *Counter) Get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

//cell

func main() {
	m := NewMachine()
	entered := map[State]int{}
	m.enter[Running] = func(from State) { entered[Running]++ }
	m.enter[Done] = func(from State) { fmt.Println("done after", from) }
	for _, ev := range []Event{"start", "pause", "start", "resume", "finish", "start"} {
		if err := m.Fire(ev); err != nil {
			var te *TransitionError
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition), errors.As(err, &te) && te.From == m.state)
		}
	}
	fmt.Println(m.state, m.log, entered)
	fmt.Printf("%v %d %s %q\n", m.state, m.state, State(9), Paused)
	fire := m.Fire
	fmt.Println(fire("x"))

	ctx, cancel := context.WithCancel(context.Background())
	var c Counter
	out := run(ctx, strings.Fields("apple Banana cherry date Elder fig grape"),
		mapStage(strings.ToLower),
		filterStage(func(s string) bool { return len(s) > 3 }),
		mapStage(func(s string) string { c.Inc("seen"); return strings.ToUpper(s[:1]) + s[1:] }),
	)
	var got []string
	for s := range out {
		got = append(got, s)
		if len(got) == 3 {
			cancel()
			break
		}
	}
	fmt.Println(got)
	for range out {
	}
	fmt.Println(c.Get("seen") >= 3, ctx.Err())

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cause := errors.New("shutdown requested")
	results := make(chan int, 10)
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			select {
			case <-ctx2.Done():
				results <- -1
			default:
				results <- i
			}
		}()
	}
	cancel2(cause)
	close(gate)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum, context.Cause(ctx2), errors.Is(context.Cause(ctx2), cause), ctx2.Err())
}
