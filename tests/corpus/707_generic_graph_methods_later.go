//go:build ignore

// A generic graph with BFS; a later cell adds TopoSort, used on the
// graph made before and on graphs of a cell struct and of pointers.
package main

import (
	"fmt"
	"slices"
	"strings"
)

//cell

type Graph[K comparable] struct {
	adj   map[K][]K
	order []K
}

func NewGraph[K comparable]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) node(k K) {
	if _, ok := g.adj[k]; !ok {
		g.adj[k] = nil
		g.order = append(g.order, k)
	}
}

func (g *Graph[K]) Edge(a, b K) {
	g.node(a)
	g.node(b)
	g.adj[a] = append(g.adj[a], b)
}

func (g *Graph[K]) BFS(start K, visit func(K)) {
	seen := map[K]bool{start: true}
	q := []K{start}
	for len(q) > 0 {
		k := q[0]
		q = q[1:]
		visit(k)
		for _, n := range g.adj[k] {
			if !seen[n] {
				seen[n] = true
				q = append(q, n)
			}
		}
	}
}

//cell

var g *Graph[string]

func step1() {
	g = NewGraph[string]()
	for _, e := range strings.Fields("a-b a-c b-d c-d d-e") {
		ab := strings.Split(e, "-")
		g.Edge(ab[0], ab[1])
	}
	var path []string
	g.BFS("a", func(k string) { path = append(path, k) })
	fmt.Println(path)
}

//cell

func (g *Graph[K]) TopoSort() ([]K, bool) {
	indeg := map[K]int{}
	for _, k := range g.order {
		for _, n := range g.adj[k] {
			indeg[n]++
		}
	}
	var q, out []K
	for _, k := range g.order {
		if indeg[k] == 0 {
			q = append(q, k)
		}
	}
	for len(q) > 0 {
		k := q[0]
		q = q[1:]
		out = append(out, k)
		for _, n := range g.adj[k] {
			indeg[n]--
			if indeg[n] == 0 {
				q = append(q, n)
			}
		}
	}
	return out, len(out) == len(g.order)
}

type City struct {
	Name string
	Pop  int
}

//cell

func step2() {
	fmt.Println(g.TopoSort())
	g.Edge("e", "a")
	_, ok := g.TopoSort()
	fmt.Println(ok)
	cg := NewGraph[City]()
	x, y, z := City{"x", 1}, City{"y", 2}, City{"z", 3}
	cg.Edge(x, y)
	cg.Edge(y, z)
	cg.Edge(x, z)
	order, _ := cg.TopoSort()
	fmt.Println(order)
	pg := NewGraph[*City]()
	pg.Edge(&x, &y)
	total := 0
	pg.BFS(&x, func(c *City) { total += c.Pop })
	fmt.Println(total, slices.Contains(order, z))
}

//cell

func main() {
	step1()
	step2()
}
