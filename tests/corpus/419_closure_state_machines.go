//go:build ignore

// Closures as state machines: a door whose state is a closure that
// replaces itself, counters and generators sharing captured variables,
// a method value kept and called later, and closures over per-iteration
// loop variables.
package main

import (
	"fmt"
	"strings"
)

//cell

type Door struct {
	log   []string
	state func(event string) bool
}

func NewDoor() *Door {
	d := &Door{}
	var closed, open, locked func(string) bool
	closed = func(e string) bool {
		switch e {
		case "open":
			d.state = open
		case "lock":
			d.state = locked
		default:
			return false
		}
		return true
	}
	open = func(e string) bool {
		if e == "close" {
			d.state = closed
			return true
		}
		return false
	}
	locked = func(e string) bool {
		if e == "unlock" {
			d.state = closed
			return true
		}
		return false
	}
	d.state = closed
	return d
}

func (d *Door) Fire(e string) {
	ok := d.state(e)
	d.log = append(d.log, fmt.Sprintf("%s:%t", e, ok))
}

func counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

//cell

func main() {
	d := NewDoor()
	for _, e := range strings.Fields("open lock close lock open unlock open") {
		d.Fire(e)
	}
	fmt.Println(strings.Join(d.log, " "))
	inc, get, reset := counter()
	inc()
	inc()
	fmt.Println(get(), inc())
	reset()
	fmt.Println(get())
	f := fib()
	var xs []int
	for range 10 {
		xs = append(xs, f())
	}
	fmt.Println(xs)
	fire := d.Fire
	fire("close")
	fmt.Println(d.log[len(d.log)-1], len(d.log))
	var funcs []func() string
	for _, w := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return strings.Repeat(w, 2) })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
