//go:build ignore

// A generic directed graph keyed by a cell type with a String method
// (constraint interface{ comparable; String() string }), whose methods
// return iterators: neighbours, breadth-first order with depths, a
// topological order that reports a cycle through an error, paths found
// by stopping a walk early.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

//cell

type Node interface {
	comparable
	String() string
}

type Graph[N Node] struct {
	edges map[N][]N
	order []N // insertion order of nodes, for determinism
}

func NewGraph[N Node]() *Graph[N] { return &Graph[N]{edges: map[N][]N{}} }

func (g *Graph[N]) add(n N) {
	if _, ok := g.edges[n]; !ok {
		g.edges[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) Edge(from, to N) *Graph[N] {
	g.add(from)
	g.add(to)
	g.edges[from] = append(g.edges[from], to)
	return g
}

func (g *Graph[N]) Nodes() iter.Seq[N] { return slices.Values(g.order) }

func (g *Graph[N]) From(n N) iter.Seq[N] {
	return func(yield func(N) bool) {
		for _, m := range g.edges[n] {
			if !yield(m) {
				return
			}
		}
	}
}

func (g *Graph[N]) BFS(start N) iter.Seq2[N, int] {
	return func(yield func(N, int) bool) {
		depth := map[N]int{start: 0}
		queue := []N{start}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			if !yield(n, depth[n]) {
				return
			}
			for m := range g.From(n) {
				if _, seen := depth[m]; !seen {
					depth[m] = depth[n] + 1
					queue = append(queue, m)
				}
			}
		}
	}
}

type CycleError[N Node] struct{ At N }

func (e CycleError[N]) Error() string { return "cycle through " + e.At.String() }

func (g *Graph[N]) Topo() ([]N, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[N]int{}
	var out []N
	var visit func(n N) error
	visit = func(n N) error {
		switch color[n] {
		case grey:
			return CycleError[N]{n}
		case black:
			return nil
		}
		color[n] = grey
		for m := range g.From(n) {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		out = append(out, n)
		return nil
	}
	for n := range g.Nodes() {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	slices.Reverse(out)
	return out, nil
}

//cell

type Task string

func (t Task) String() string { return strings.ToUpper(string(t)) }

type Cell struct{ R, C int }

func (c Cell) String() string { return fmt.Sprintf("r%dc%d", c.R, c.C) }

func grid(rows, cols int, walls ...Cell) *Graph[Cell] {
	g := NewGraph[Cell]()
	blocked := func(c Cell) bool { return slices.Contains(walls, c) }
	for r := range rows {
		for c := range cols {
			here := Cell{r, c}
			if blocked(here) {
				continue
			}
			for _, d := range []Cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
				next := Cell{r + d.R, c + d.C}
				if next.R >= 0 && next.R < rows && next.C >= 0 && next.C < cols && !blocked(next) {
					g.Edge(here, next)
				}
			}
		}
	}
	return g
}

//cell

func main() {
	build := NewGraph[Task]()
	build.Edge("fetch", "compile").Edge("compile", "test").Edge("compile", "lint").
		Edge("test", "package").Edge("lint", "package").Edge("fetch", "docs")
	order, err := build.Topo()
	fmt.Println(order, err)
	for t, d := range build.BFS("fetch") {
		fmt.Printf("%v@%d ", t, d)
	}
	fmt.Println()
	build.Edge("package", "fetch")
	_, err = build.Topo()
	var ce CycleError[Task]
	fmt.Println(err, errors.As(err, &ce), ce.At)

	g := grid(3, 4, Cell{1, 1}, Cell{1, 2})
	goal := Cell{2, 3}
	for c, d := range g.BFS(Cell{0, 0}) {
		if c == goal {
			fmt.Println("reached", c, "in", d, "steps")
			break
		}
	}
	var far []Cell
	maxD := 0
	for c, d := range g.BFS(Cell{2, 0}) {
		if d > maxD {
			maxD, far = d, nil
		}
		if d == maxD {
			far = append(far, c)
		}
	}
	slices.SortFunc(far, func(a, b Cell) int { return cmp.Or(cmp.Compare(a.R, b.R), cmp.Compare(a.C, b.C)) })
	fmt.Println("farthest", maxD, far)
	n := 0
	for range g.Nodes() {
		n++
	}
	fmt.Println("open cells", n, "degree of r0c0", len(slices.Collect(g.From(Cell{0, 0}))))
}
