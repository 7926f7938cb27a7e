//go:build ignore

// Method values and method expressions of notebook types across cells:
// bound at package level and in functions, value receivers copied when
// bound, pointer receivers shared, expressions stored in maps, interface
// method values and expressions.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Meter struct {
	label string
	ticks int
}

func (m Meter) Read() string { return fmt.Sprintf("%s=%d", m.label, m.ticks) }

func (m *Meter) Bump(n int) { m.ticks += n }

type Bumper interface{ Bump(int) }

var m = Meter{label: "gate", ticks: 3}
var read = m.Read // bound to a copy now
var bump = m.Bump // bound to &m

//cell

func init() {
	bump(4)
	fmt.Println(read(), m.Read())
}

var readExpr = Meter.Read
var bumpExpr = (*Meter).Bump

//cell

func init() {
	other := Meter{"door", 10}
	bumpExpr(&other, 5)
	fmt.Println(readExpr(other), (*Meter).Read(&other))
}

var ops = map[string]func(*Meter, int){
	"bump": (*Meter).Bump,
	"twice": func(mm *Meter, n int) {
		(*Meter).Bump(mm, n)
		mm.Bump(n)
	},
}

//cell

func runOps() {
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		x := Meter{label: k}
		ops[k](&x, 2)
		fmt.Println(x.Read())
	}
}

func init() { runOps() }

//cell

var b Bumper = &m

func init() {
	bi := b.Bump
	bi(100)
	fmt.Println(m.Read())
	ifaceExpr := Bumper.Bump
	ifaceExpr(&m, 1)
	fmt.Println(m.ticks)
}

//cell

func collect(ms []Meter) string {
	readers := []func() string{}
	for _, mm := range ms {
		readers = append(readers, mm.Read)
	}
	for i := range ms {
		ms[i].ticks *= 10
	}
	var parts []string
	for _, r := range readers {
		parts = append(parts, r())
	}
	ptrs := []func(int){}
	for i := range ms {
		ptrs = append(ptrs, ms[i].Bump)
	}
	for _, p := range ptrs {
		p(1)
	}
	return strings.Join(parts, " ") + fmt.Sprint(" ", ms)
}

//cell

func main() {
	fmt.Println(collect([]Meter{{"a", 1}, {"b", 2}, {"c", 3}}))
	fmt.Printf("%T\n", Meter.Read)
	fmt.Printf("%T\n", (*Meter).Bump)
	fmt.Printf("%T\n", m.Read)
	fmt.Printf("%T\n", Bumper.Bump)
	defer fmt.Println("deferred", m.Read())
	f := m.Read
	m.ticks = 0
	fmt.Println(f(), m.Read())
}
