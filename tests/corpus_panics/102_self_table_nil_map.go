//go:build ignore

// A graph node keeps its neighbours in a map keyed by *Node, which the
// struct is made of (a field the lowering holds in an interface{}); a
// node made without the map panics writing to it, in a method a later
// cell calls, through a function value taken from an array of them.
package main

import "fmt"

type Node struct {
	Name string
	adj  map[*Node]int
	ops  [2]func(*Node, *Node)
}

func (n *Node) Link(m *Node) {
	n.adj[m]++
}

//cell

func build(ns []*Node) {
	for _, n := range ns {
		n.ops[0] = (*Node).Link
	}
	for i := 1; i < len(ns); i++ {
		ns[i-1].ops[0](ns[i-1], ns[i])
	}
}

//cell

func main() {
	a := &Node{Name: "a", adj: map[*Node]int{}}
	b := &Node{Name: "b"}
	build([]*Node{a, b})
	fmt.Println(a.adj[b], b.adj == nil)
	build([]*Node{b, a})
}
