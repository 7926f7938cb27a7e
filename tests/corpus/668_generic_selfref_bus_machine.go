//go:build ignore

// A generic event bus and a generic state machine whose handlers take
// the bus or machine itself (map[string][]func(*Bus[T], T),
// map[string]func(*Machine[T], T) string), a map keyed by pointers to
// it, across cells and instances.
package main

import (
	"fmt"
	"sort"
)

type Bus[T any] struct {
	subs  map[string][]func(*Bus[T], T)
	seen  map[*Bus[T]]bool
	count int
	Name  string
}

func NewBus[T any](name string) *Bus[T] {
	return &Bus[T]{subs: map[string][]func(*Bus[T], T){}, seen: map[*Bus[T]]bool{}, Name: name}
}

func (b *Bus[T]) Sub(topic string, f func(*Bus[T], T)) {
	b.subs[topic] = append(b.subs[topic], f)
}

func (b *Bus[T]) Pub(topic string, v T) int {
	b.seen[b] = true
	for _, f := range b.subs[topic] {
		f(b, v)
		b.count++
	}
	return len(b.subs[topic])
}

type Machine[T any] struct {
	state    string
	handlers map[string]func(*Machine[T], T) string
	log      []T
}

func NewMachine[T any]() *Machine[T] {
	return &Machine[T]{state: "idle", handlers: map[string]func(*Machine[T], T) string{}}
}

func (m *Machine[T]) On(state string, h func(*Machine[T], T) string) { m.handlers[state] = h }

func (m *Machine[T]) Feed(v T) {
	m.log = append(m.log, v)
	if h, ok := m.handlers[m.state]; ok {
		m.state = h(m, v)
	}
}

//cell

func main() {
	m := NewMachine[int]()
	m.On("idle", func(m *Machine[int], v int) string {
		if v > 0 {
			return "run"
		}
		return "idle"
	})
	m.On("run", func(m *Machine[int], v int) string {
		if v < 0 {
			return "idle"
		}
		return "run"
	})
	for _, v := range []int{0, 1, 2, -1, 5} {
		m.Feed(v)
		fmt.Print(m.state, " ")
	}
	fmt.Println(m.log)
	b := NewBus[string]("main")
	var got []string
	b.Sub("greet", func(b *Bus[string], s string) { got = append(got, b.Name+":"+s) })
	b.Sub("greet", func(_ *Bus[string], s string) { got = append(got, "again "+s) })
	fmt.Println(b.Pub("greet", "hi"), b.Pub("none", "x"), b.count)
	fmt.Println(got, len(b.subs), b.seen[b])
	topics := []string{}
	for t := range b.subs {
		topics = append(topics, t)
	}
	sort.Strings(topics)
	fmt.Println(topics)
	fmt.Printf("%v %d\n", b.Name, len(b.subs["greet"]))
	n := NewBus[int]("nums")
	total := 0
	n.Sub("add", func(_ *Bus[int], v int) { total += v })
	for i := range 5 {
		n.Pub("add", i)
	}
	fmt.Println(total, n.count)
}
