//go:build ignore

// Closures holding state: generators, memoisation and a small state machine.
package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

//cell

type State int

const (
	Idle State = iota
	Running
	Done
)

var names = [...]string{"Idle", "Running", "Done"}

func (s State) String() string { return names[s] }

type Machine struct {
	state State
	trans map[State][]State
}

func (m *Machine) To(s State) error {
	for _, t := range m.trans[m.state] {
		if t == s {
			m.state = s
			return nil
		}
	}
	return fmt.Errorf("cannot go from %v to %v", m.state, s)
}

//cell

func main() {
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	sq, calls := memoize(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), *calls)
	m := &Machine{trans: map[State][]State{Idle: {Running}, Running: {Done, Idle}}}
	fmt.Println(m.To(Done), m.state)
	fmt.Println(m.To(Running), m.state)
	fmt.Println(m.To(Done), m.state)
	fmt.Println(m.To(Idle))
}
