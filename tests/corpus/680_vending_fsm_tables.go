//go:build ignore

// State machines three ways, as a tutorial on modelling them: a vending
// machine with iota states and events, a transition table keyed by a
// struct of (state, event) holding guard and action funcs; a traffic
// light whose states are types implementing an interface and returning
// the next state; and a regular-expression-like matcher compiled to a
// table-driven DFA over runes; a later cell adds a transition to the
// table and replaces an action.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

//cell

type State uint8

const (
	Idle State = iota
	HasCoin
	Vending
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoin:
		return "HasCoin"
	case Vending:
		return "Vending"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Event string

const (
	Coin   Event = "coin"
	Push   Event = "push"
	Refund Event = "refund"
	Take   Event = "take"
	Refill Event = "refill"
)

type Machine struct {
	State  State
	Stock  int
	Credit int
	Log    []string
}

type key struct {
	from State
	ev   Event
}

type transition struct {
	to     State
	guard  func(*Machine) bool
	action func(*Machine)
}

var ErrBadEvent = errors.New("event not allowed")

//cell

var table = map[key]transition{
	{Idle, Coin}:       {HasCoin, nil, func(m *Machine) { m.Credit++ }},
	{HasCoin, Coin}:    {HasCoin, nil, func(m *Machine) { m.Credit++ }},
	{HasCoin, Refund}:  {Idle, nil, func(m *Machine) { m.Log = append(m.Log, fmt.Sprint("refund ", m.Credit)); m.Credit = 0 }},
	{HasCoin, Push}:    {Vending, func(m *Machine) bool { return m.Stock > 0 }, func(m *Machine) { m.Stock--; m.Credit-- }},
	{Vending, Take}:    {Idle, nil, nil},
	{OutOfStock, Coin}: {OutOfStock, nil, func(m *Machine) { m.Log = append(m.Log, "coin returned") }},
}

func (m *Machine) Fire(ev Event) error {
	t, ok := table[key{m.State, ev}]
	if !ok {
		return fmt.Errorf("%v on %s: %w", ev, m.State, ErrBadEvent)
	}
	if t.guard != nil && !t.guard(m) {
		m.State = OutOfStock
		m.Log = append(m.Log, "guard failed -> OutOfStock")
		return nil
	}
	if t.action != nil {
		t.action(m)
	}
	if t.to == Vending && m.Credit > 0 {
		m.Log = append(m.Log, fmt.Sprint("change ", m.Credit))
		m.Credit = 0
	}
	m.Log = append(m.Log, fmt.Sprintf("%s -%s-> %s", m.State, ev, t.to))
	m.State = t.to
	return nil
}

//cell

type Light interface {
	Name() string
	Next(tick int) (Light, int) // next state and how many ticks it lasts
}

type Red struct{}
type Green struct{ pedestrians bool }
type Yellow struct{ from string }

func (Red) Name() string    { return "red" }
func (Green) Name() string  { return "green" }
func (Yellow) Name() string { return "yellow" }

func (Red) Next(tick int) (Light, int) { return Green{pedestrians: tick%2 == 0}, 4 }
func (g Green) Next(int) (Light, int) {
	if g.pedestrians {
		return Yellow{"green+walk"}, 1
	}
	return Yellow{"green"}, 2
}
func (y Yellow) Next(int) (Light, int) { return Red{}, 3 }

func simulate(start Light, ticks int) string {
	var b strings.Builder
	cur, left := start, 1
	for t := 0; t < ticks; t++ {
		left--
		if left == 0 {
			cur, left = cur.Next(t)
			fmt.Fprintf(&b, "%d:%s(%d) ", t, cur.Name(), left)
		}
	}
	return strings.TrimSpace(b.String())
}

//cell

// DFA over classes of runes: accepts identifiers with an optional
// numeric suffix after a dash, like "abc-12".
type class int

const (
	letter class = iota
	digit
	dash
	other
)

func classOf(r rune) class {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_':
		return letter
	case r >= '0' && r <= '9':
		return digit
	case r == '-':
		return dash
	}
	return other
}

var dfa = [][4]int{
	// letter, digit, dash, other
	{1, -1, -1, -1}, // 0 start
	{1, 1, 2, -1},   // 1 in identifier (accepting)
	{-1, 3, -1, -1}, // 2 after dash
	{-1, 3, -1, -1}, // 3 in suffix (accepting)
}

var accepting = map[int]bool{1: true, 3: true}

func match(s string) (ok bool, at int) {
	st := 0
	for i, r := range s {
		st = dfa[st][classOf(r)]
		if st < 0 {
			return false, i
		}
	}
	return accepting[st], len(s)
}

//cell

func main() {
	m := &Machine{Stock: 1}
	for _, ev := range []Event{Coin, Coin, Push, Take, Push, Coin, Refund, Coin, Push, Coin, Take} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadEvent))
		}
	}
	fmt.Println(strings.Join(m.Log, "\n"))
	fmt.Println(m.State, m.Stock, m.Credit, State(9))

	table[key{OutOfStock, Refill}] = transition{Idle, nil, func(m *Machine) { m.Stock += 2 }}
	table[key{Vending, Take}] = transition{to: Idle, action: func(m *Machine) { m.Log = append(m.Log, "enjoy") }}
	m.Log = nil
	for _, ev := range []Event{Refill, Coin, Push, Take} {
		fmt.Println(ev, m.Fire(ev))
	}
	fmt.Println(m.Log, m.Stock)
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, fmt.Sprintf("%v/%s", k.from, k.ev))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	fmt.Println(simulate(Red{}, 20))
	fmt.Println(simulate(Green{}, 8))
	var cur Light = Red{}
	advance := cur.Next
	cur = Green{}
	nl, ticks := advance(2)
	fmt.Println(nl.Name(), ticks, cur.Name())
	var l Light = Yellow{"x"}
	if y, ok := l.(Yellow); ok {
		fmt.Printf("%+v %T\n", y, l)
	}
	for _, s := range []string{"abc", "abc-12", "a1-", "-3", "x_y-9z", "Q", "é"} {
		ok, at := match(s)
		fmt.Printf("%-7q %-5v %d\n", s, ok, at)
	}
}
