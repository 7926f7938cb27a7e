//go:build ignore

// A small reactive system: input cells, compute cells built from one or
// two dependencies, callbacks registered with a cancel function, values
// propagated in dependency order so that a callback fires once per change
// and only when the value really changed.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Cell is anything with a value.
type Cell interface {
	Value() int
}

type Reactor struct {
	computes []*ComputeCell
}

type InputCell struct {
	r   *Reactor
	val int
}

type ComputeCell struct {
	val       int
	compute   func() int
	callbacks map[int]func(int)
	nextID    int
}

//cell

func (c *InputCell) Value() int   { return c.val }
func (c *ComputeCell) Value() int { return c.val }

func (r *Reactor) CreateInput(v int) *InputCell { return &InputCell{r: r, val: v} }

func (r *Reactor) CreateCompute1(dep Cell, f func(int) int) *ComputeCell {
	return r.add(func() int { return f(dep.Value()) })
}

func (r *Reactor) CreateCompute2(a, b Cell, f func(int, int) int) *ComputeCell {
	return r.add(func() int { return f(a.Value(), b.Value()) })
}

func (r *Reactor) add(f func() int) *ComputeCell {
	c := &ComputeCell{compute: f, callbacks: map[int]func(int){}}
	c.val = f()
	r.computes = append(r.computes, c)
	return c
}

func (c *InputCell) SetValue(v int) {
	if v == c.val {
		return
	}
	c.val = v
	changed := map[*ComputeCell]bool{}
	for _, cc := range c.r.computes {
		if nv := cc.compute(); nv != cc.val {
			cc.val = nv
			changed[cc] = true
		}
	}
	for _, cc := range c.r.computes {
		if !changed[cc] {
			continue
		}
		ids := make([]int, 0, len(cc.callbacks))
		for id := range cc.callbacks {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		for _, id := range ids {
			cc.callbacks[id](cc.val)
		}
	}
}

// Canceler removes a callback.
type Canceler interface{ Cancel() }

type cancelFunc func()

func (f cancelFunc) Cancel() { f() }

func (c *ComputeCell) AddCallback(f func(int)) Canceler {
	id := c.nextID
	c.nextID++
	c.callbacks[id] = f
	return cancelFunc(func() { delete(c.callbacks, id) })
}

//cell

func main() {
	var r Reactor
	in := r.CreateInput(1)
	plus1 := r.CreateCompute1(in, func(v int) int { return v + 1 })
	times2 := r.CreateCompute1(in, func(v int) int { return v * 2 })
	sum := r.CreateCompute2(plus1, times2, func(a, b int) int { return a + b })
	parity := r.CreateCompute1(in, func(v int) int { return v % 2 })
	var log []string
	logger := func(name string) func(int) {
		return func(v int) { log = append(log, fmt.Sprintf("%s=%d", name, v)) }
	}
	c1 := sum.AddCallback(logger("sum"))
	sum.AddCallback(logger("sum'"))
	parity.AddCallback(logger("parity"))
	fmt.Println(in.Value(), plus1.Value(), times2.Value(), sum.Value(), parity.Value())
	for _, v := range []int{3, 3, 5, 4} {
		log = log[:0]
		in.SetValue(v)
		fmt.Printf("set %d: sum=%d [%s]\n", v, sum.Value(), strings.Join(log, " "))
		if v == 5 {
			c1.Cancel()
			c1.Cancel()
		}
	}
	cells := []Cell{in, plus1, times2, sum, parity}
	vals := make([]int, len(cells))
	for i, c := range cells {
		vals[i] = c.Value()
	}
	fmt.Println(vals)
}
