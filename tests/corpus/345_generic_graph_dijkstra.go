//go:build ignore

// Routes on a generic graph: Graph[N comparable, W Weight] with adjacency
// lists, breadth-first hop counts, Dijkstra's shortest paths over a
// generic binary heap of its own, path reconstruction, and a topological
// order; instantiated with a cell type for stations and float64 weights,
// and with ints and a named integer weight.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Weight is what edges can weigh.
type Weight interface {
	~int | ~float64
}

type edge[N comparable, W Weight] struct {
	to N
	w  W
}

// Graph is a directed weighted graph.
type Graph[N comparable, W Weight] struct {
	order []N
	adj   map[N][]edge[N, W]
}

func NewGraph[N comparable, W Weight]() *Graph[N, W] {
	return &Graph[N, W]{adj: map[N][]edge[N, W]{}}
}

func (g *Graph[N, W]) node(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N, W]) Edge(a, b N, w W) {
	g.node(a)
	g.node(b)
	g.adj[a] = append(g.adj[a], edge[N, W]{b, w})
}

func (g *Graph[N, W]) Both(a, b N, w W) {
	g.Edge(a, b, w)
	g.Edge(b, a, w)
}

// Hops counts edges from start by breadth-first search.
func (g *Graph[N, W]) Hops(start N) map[N]int {
	dist := map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range g.adj[n] {
			if _, seen := dist[e.to]; !seen {
				dist[e.to] = dist[n] + 1
				queue = append(queue, e.to)
			}
		}
	}
	return dist
}

//cell

// minHeap is a binary heap ordered by a key function.
type minHeap[T any, K cmp.Ordered] struct {
	xs  []T
	key func(T) K
}

func (h *minHeap[T, K]) push(x T) {
	h.xs = append(h.xs, x)
	i := len(h.xs) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.key(h.xs[p]) <= h.key(h.xs[i]) {
			break
		}
		h.xs[p], h.xs[i] = h.xs[i], h.xs[p]
		i = p
	}
}

func (h *minHeap[T, K]) pop() T {
	top := h.xs[0]
	last := len(h.xs) - 1
	h.xs[0] = h.xs[last]
	h.xs = h.xs[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.xs) && h.key(h.xs[l]) < h.key(h.xs[m]) {
			m = l
		}
		if r < len(h.xs) && h.key(h.xs[r]) < h.key(h.xs[m]) {
			m = r
		}
		if m == i {
			return top
		}
		h.xs[i], h.xs[m] = h.xs[m], h.xs[i]
		i = m
	}
}

var ErrNoPath = errors.New("no path")

// Shortest finds the cheapest path from a to b.
func Shortest[N comparable, W Weight](g *Graph[N, W], a, b N) ([]N, W, error) {
	dist := map[N]W{a: 0}
	prev := map[N]N{}
	done := map[N]bool{}
	h := &minHeap[edge[N, W], W]{key: func(e edge[N, W]) W { return e.w }}
	h.push(edge[N, W]{a, 0})
	for len(h.xs) > 0 {
		cur := h.pop()
		if done[cur.to] {
			continue
		}
		done[cur.to] = true
		if cur.to == b {
			path := []N{b}
			for n := b; n != a; {
				n = prev[n]
				path = append(path, n)
			}
			slices.Reverse(path)
			return path, cur.w, nil
		}
		for _, e := range g.adj[cur.to] {
			d := cur.w + e.w
			if old, ok := dist[e.to]; !ok || d < old {
				dist[e.to] = d
				prev[e.to] = cur.to
				h.push(edge[N, W]{e.to, d})
			}
		}
	}
	var zero W
	return nil, zero, fmt.Errorf("%v to %v: %w", a, b, ErrNoPath)
}

// Topo orders the nodes so that every edge goes forward.
func Topo[N comparable, W Weight](g *Graph[N, W]) ([]N, bool) {
	indeg := map[N]int{}
	for _, n := range g.order {
		for _, e := range g.adj[n] {
			indeg[e.to]++
		}
	}
	var ready, out []N
	for _, n := range g.order {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, e := range g.adj[n] {
			if indeg[e.to]--; indeg[e.to] == 0 {
				ready = append(ready, e.to)
			}
		}
	}
	return out, len(out) == len(g.order)
}

//cell

// Station is a cell type used as a graph node.
type Station struct {
	Line string
	Name string
}

func (s Station) String() string { return s.Name + "(" + s.Line + ")" }

type Minutes int

//cell

func main() {
	var (
		central = Station{"red", "Central"}
		park    = Station{"red", "Park"}
		museum  = Station{"blue", "Museum"}
		harbor  = Station{"blue", "Harbor"}
		airport = Station{"green", "Airport"}
	)
	metro := NewGraph[Station, float64]()
	metro.Both(central, park, 2.5)
	metro.Both(park, museum, 4)
	metro.Both(central, museum, 7.25)
	metro.Both(museum, harbor, 3)
	metro.Edge(harbor, airport, 12.5)

	hops := metro.Hops(central)
	for _, s := range metro.order {
		fmt.Printf("%v:%d ", s, hops[s])
	}
	fmt.Println()
	path, cost, err := Shortest(metro, central, airport)
	fmt.Println(path, cost, err)
	_, cost, err = Shortest(metro, airport, central)
	fmt.Println(cost, err, errors.Is(err, ErrNoPath))

	build := NewGraph[string, Minutes]()
	for _, dep := range []string{"fetch>compile", "compile>link", "gen>compile", "link>test", "fetch>gen", "test>ship"} {
		a, b, _ := strings.Cut(dep, ">")
		build.Edge(a, b, 1)
	}
	order, ok := Topo(build)
	fmt.Println(order, ok)
	build.Edge("ship", "fetch", 1)
	order, ok = Topo(build)
	fmt.Println(order, ok)
	steps, total, _ := Shortest(build, "gen", "ship")
	fmt.Printf("%v %v %T\n", steps, total, total)

	grid := NewGraph[[2]int, int]()
	for x := range 3 {
		for y := range 3 {
			if x < 2 {
				grid.Both([2]int{x, y}, [2]int{x + 1, y}, 1+x*y)
			}
			if y < 2 {
				grid.Both([2]int{x, y}, [2]int{x, y + 1}, 1)
			}
		}
	}
	p, c, _ := Shortest(grid, [2]int{0, 0}, [2]int{2, 2})
	fmt.Println(p, c, len(grid.Hops([2]int{1, 1})))
}
