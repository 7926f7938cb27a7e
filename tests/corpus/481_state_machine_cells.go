//go:build ignore

// A turnstile as a state machine whose states are functions of a type
// made of itself (type State func(*Turnstile, string) State), the type
// and its driver declared in one cell, the states in another, a
// package-level variable holding a state across cells, an interface the
// type implements, a channel of states, a deferred state, and the
// declared signature converted to the type and back.
package main

import "fmt"

//cell

type Turnstile struct {
	coins int
	log   []string
	state State
}

type State func(t *Turnstile, event string) State

func (t *Turnstile) Feed(events ...string) {
	for _, e := range events {
		if t.state == nil {
			t.log = append(t.log, "halted:"+e)
			continue
		}
		t.state = t.state(t, e)
	}
}

//cell

func locked(t *Turnstile, ev string) State {
	switch ev {
	case "coin":
		t.coins++
		t.log = append(t.log, "unlock")
		return unlocked
	case "break":
		t.log = append(t.log, "broken")
		return nil
	}
	t.log = append(t.log, "stay")
	return locked
}

func unlocked(t *Turnstile, ev string) State {
	if ev == "push" {
		t.log = append(t.log, "lock")
		return locked
	}
	t.coins++
	t.log = append(t.log, "thanks")
	return State(unlocked)
}

//cell

var current = State(locked)

var gate = &Turnstile{state: locked}

//cell

type Stepper interface {
	Next(t *Turnstile, ev string) State
}

func (s State) Next(t *Turnstile, ev string) State { return s(t, ev) }

func countAfter(t *Turnstile, s State) (n int) {
	defer func() { n = len(t.log) }()
	defer s(t, "coin")
	return -1
}

//cell

func main() {
	gate.Feed("push", "coin", "coin", "push", "break", "coin")
	fmt.Println(gate.log, gate.coins, gate.state == nil)
	t := &Turnstile{}
	current = current(t, "coin")
	current = current.Next(t, "push")
	var st Stepper = current
	fmt.Println(st.Next(t, "kick") != nil, t.log)

	ch := make(chan State, 2)
	ch <- locked
	ch <- unlocked
	close(ch)
	for s := range ch {
		fmt.Println(s(t, "push") != nil)
	}
	var plain func(*Turnstile, string) State = current
	back := State(plain)
	fmt.Println(plain(t, "coin") != nil, back(t, "push") != nil, t.coins)
	fmt.Println(countAfter(t, locked), t.coins)
	fmt.Printf("%T %T\n", current, plain)
}
