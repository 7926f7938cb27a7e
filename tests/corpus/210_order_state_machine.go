//go:build ignore

// An order's life as a state machine: a named int state with String(), a
// transition table keyed by state and event, a history of transitions,
// switch with fallthrough for cumulative fees and an expression-less switch
// for classification.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Draft State = iota
	Placed
	Paid
	Shipped
	Delivered
	Cancelled
	numStates
)

var stateNames = [...]string{"draft", "placed", "paid", "shipped", "delivered", "cancelled"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event string

const (
	Place   Event = "place"
	Pay     Event = "pay"
	Ship    Event = "ship"
	Deliver Event = "deliver"
	Cancel  Event = "cancel"
)

//cell

type key struct {
	from State
	ev   Event
}

var transitions = map[key]State{
	{Draft, Place}:     Placed,
	{Placed, Pay}:      Paid,
	{Placed, Cancel}:   Cancelled,
	{Paid, Ship}:       Shipped,
	{Paid, Cancel}:     Cancelled,
	{Shipped, Deliver}: Delivered,
}

var ErrBadTransition = errors.New("bad transition")

type TransitionError struct {
	From State
	Ev   Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s when %v", e.Ev, e.From)
}

func (e *TransitionError) Unwrap() error { return ErrBadTransition }

//cell

type Step struct {
	From, To State
	Ev       Event
}

type Order struct {
	ID      int
	State   State
	History []Step
}

func (o *Order) Fire(ev Event) error {
	next, ok := transitions[key{o.State, ev}]
	if !ok {
		return &TransitionError{o.State, ev}
	}
	o.History = append(o.History, Step{o.State, next, ev})
	o.State = next
	return nil
}

func fees(s State) (list []string) {
	switch s {
	case Delivered:
		list = append(list, "delivery")
		fallthrough
	case Shipped:
		list = append(list, "shipping")
		fallthrough
	case Paid:
		list = append(list, "processing")
	case Cancelled:
		list = append(list, "restocking")
	default:
		return nil
	}
	return list
}

func classify(o Order) string {
	switch n := len(o.History); {
	case o.State == Cancelled && n > 1:
		return "cancelled after payment"
	case o.State == Cancelled:
		return "cancelled early"
	case n == 0:
		return "untouched"
	case o.State >= Shipped:
		return "on its way or done"
	default:
		return fmt.Sprintf("in progress (%d steps)", n)
	}
}

//cell

func run(id int, events ...Event) Order {
	o := Order{ID: id}
	for _, ev := range events {
		if err := o.Fire(ev); err != nil {
			var te *TransitionError
			if errors.As(err, &te) && errors.Is(err, ErrBadTransition) {
				fmt.Printf("order %d: %v (from=%d)\n", id, err, te.From)
			}
		}
	}
	return o
}

func main() {
	orders := []Order{
		run(1, Place, Pay, Ship, Deliver),
		run(2, Place, Cancel),
		run(3, Place, Pay, Cancel, Ship),
		run(4),
		run(5, Pay, Place, Pay),
	}
	for _, o := range orders {
		var path []string
		for _, st := range o.History {
			path = append(path, fmt.Sprintf("%v-%s->%v", st.From, st.Ev, st.To))
		}
		fmt.Printf("#%d %-9v %-24s fees=%v\n", o.ID, o.State, classify(o), fees(o.State))
		if len(path) > 0 {
			fmt.Println("   ", strings.Join(path, ", "))
		}
	}
	fmt.Printf("%v %d %s %v\n", Paid, Paid, State(9), []State{Draft, Delivered})
	fmt.Printf("%+v\n", orders[1])
	counts := map[State]int{}
	for _, o := range orders {
		counts[o.State]++
	}
	fmt.Println(counts)
	for s := Draft; s < numStates; s++ {
		if s%2 == 1 {
			continue
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
}
