//go:build ignore

// A method value taken from a stats value with no samples is called
// later; its integer mean divides by zero.
package main

import "fmt"

//cell

type Stats struct {
	total, count int
}

func (s *Stats) Add(v int) { s.total += v; s.count++ }

func (s Stats) Mean() int { return s.total / s.count }

//cell

func report(name string, mean func() int) {
	fmt.Printf("%s: %d\n", name, mean())
}

//cell

func main() {
	var a, b Stats
	a.Add(4)
	a.Add(8)
	means := map[string]func() int{"a": a.Mean, "b": b.Mean}
	for _, k := range []string{"a", "b"} {
		report(k, means[k])
	}
}
