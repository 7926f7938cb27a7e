//go:build ignore

// Values in a slice of interfaces; a value-receiver method divides by a
// zero field.
package main

import "fmt"

//cell

type Metric interface {
	Name() string
	Rate() int
}

type Counter struct {
	name        string
	hits, ticks int
}

func (c Counter) Name() string { return c.name }

func (c Counter) Rate() int {
	return c.hits / c.ticks
}

type Fixed int

func (f Fixed) Name() string { return "fixed" }
func (f Fixed) Rate() int    { return int(f) }

//cell

func report(ms []Metric) {
	for _, m := range ms {
		fmt.Printf("%-8s %d\n", m.Name(), m.Rate())
	}
}

//cell

func main() {
	ms := []Metric{Counter{"reads", 90, 3}, Fixed(7), Counter{"writes", 4, 0}}
	report(ms)
}
