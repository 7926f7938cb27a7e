//go:build ignore

// An event bus with typed handlers (a generic Subscribe wrapping each in
// a func(Event)) whose handler writes to a map its subscriber never
// made: the panic runs up through Emit's loop over the handlers.
package main

import "fmt"

type Event interface{ Kind() string }

type Deposit struct{ Amount int }

func (Deposit) Kind() string { return "deposit" }

type Bus struct {
	handlers map[string][]func(Event)
}

func (b *Bus) On(kind string, h func(Event)) {
	if b.handlers == nil {
		b.handlers = map[string][]func(Event){}
	}
	b.handlers[kind] = append(b.handlers[kind], h)
}

//cell

func Subscribe[E Event](b *Bus, f func(E)) {
	var zero E
	b.On(zero.Kind(), func(e Event) {
		if x, ok := e.(E); ok {
			f(x)
		}
	})
}

func (b *Bus) Emit(e Event) {
	for _, h := range b.handlers[e.Kind()] {
		h(e)
	}
}

type Ledger struct {
	total int
	byAmt map[int]int
}

//cell

func main() {
	var b Bus
	l := &Ledger{}
	Subscribe(&b, func(d Deposit) { l.total += d.Amount })
	b.Emit(Deposit{5})
	fmt.Println(l.total)
	Subscribe(&b, func(d Deposit) { l.byAmt[d.Amount]++ })
	b.Emit(Deposit{7})
	fmt.Println("not printed")
}
