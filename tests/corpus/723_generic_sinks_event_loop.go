//go:build ignore

// Generic sinks behind an interface fed from a channel with errors
// joined, and an event loop over a channel of interface values of cell
// types with a type switch and a labeled break out of the select.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//cell

type Reading struct {
	Sensor string
	Vals   [3]float64
}

type Sink[T any] interface {
	Accept(T) error
}

type Collector[T any] struct {
	mu  sync.Mutex
	got []T
	max int
}

func (c *Collector[T]) Accept(x T) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.got) >= c.max {
		return fmt.Errorf("collector full at %d", c.max)
	}
	c.got = append(c.got, x)
	return nil
}

type Counter[T any] struct{ n int }

func (c *Counter[T]) Accept(T) error { c.n++; return nil }

func Feed[T any](src <-chan T, sinks ...Sink[T]) error {
	var errs []error
	for x := range src {
		for _, s := range sinks {
			if err := s.Accept(x); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

//cell

type Event interface{ Kind() string }
type Click struct{ X, Y int }
type Key struct{ R rune }
type Quit struct{ Why string }

func (Click) Kind() string { return "click" }
func (Key) Kind() string   { return "key" }
func (*Quit) Kind() string { return "quit" }

func loop(events <-chan Event) (log []string) {
	counts := map[string]int{}
outer:
	for {
		select {
		case e, ok := <-events:
			if !ok {
				log = append(log, "closed")
				break outer
			}
			counts[e.Kind()]++
			switch v := e.(type) {
			case Click:
				log = append(log, fmt.Sprintf("click@%d,%d", v.X, v.Y))
			case Key:
				log = append(log, "key "+string(v.R))
			case *Quit:
				log = append(log, "quit: "+v.Why)
				break outer
			}
		default:
			log = append(log, "idle")
			break outer
		}
	}
	return append(log, fmt.Sprint(counts["click"], counts["key"], counts["quit"]))
}

//cell

func main() {
	src := make(chan Reading, 4)
	r0 := Reading{"a", [3]float64{1, 2, 3}}
	src <- r0
	r0.Vals[0] = 100
	src <- r0
	src <- Reading{"b", [3]float64{}}
	close(src)
	small := &Collector[Reading]{max: 2}
	big := &Collector[Reading]{max: 10}
	cnt := &Counter[Reading]{}
	err := Feed(src, small, Sink[Reading](big), cnt)
	fmt.Println(err, cnt.n)
	fmt.Println(len(small.got), len(big.got), big.got[0].Vals, big.got[1].Vals)
	slices.SortFunc(big.got, func(a, b Reading) int { return strings.Compare(b.Sensor, a.Sensor) })
	fmt.Printf("%+v\n", big.got[0])

	events := make(chan Event, 10)
	for _, e := range []Event{Click{1, 2}, Key{'a'}, Click{3, 4}, &Quit{"done"}, Key{'b'}} {
		events <- e
	}
	fmt.Println(strings.Join(loop(events), " | "), len(events))
	fmt.Println(strings.Join(loop(events), " | "))
	close(events)
	fmt.Println(strings.Join(loop(events), " | "))

	ints := make(chan int, 3)
	ints <- 1
	ints <- 2
	close(ints)
	fmt.Println(Feed(ints, Sink[int](&Collector[int]{max: 1})))
}
