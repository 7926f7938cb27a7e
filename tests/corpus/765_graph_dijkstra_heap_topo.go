//go:build ignore

// A weighted graph: Dijkstra with container/heap over a slice of cell
// structs (pointer items whose index the heap keeps up to date, Fix on
// decrease-key), BFS levels, DFS with colours that finds a cycle, and
// Kahn's topological sort over course prerequisites.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

//cell

type Arc struct {
	To   string
	Cost int
}

type Graph struct {
	adj map[string][]Arc
}

func (g *Graph) Add(a, b string, c int) {
	if g.adj == nil {
		g.adj = map[string][]Arc{}
	}
	g.adj[a] = append(g.adj[a], Arc{b, c})
	g.adj[b] = append(g.adj[b], Arc{a, c})
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

//cell

type pqItem struct {
	node  string
	dist  int
	index int
}

type PQ []*pqItem

func (q PQ) Len() int { return len(q) }
func (q PQ) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q PQ) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *PQ) Push(x any) {
	it := x.(*pqItem)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *PQ) Pop() any {
	old := *q
	it := old[len(old)-1]
	old[len(old)-1] = nil
	it.index = -1
	*q = old[:len(old)-1]
	return it
}

//cell

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string, int) {
	items := map[string]*pqItem{}
	q := PQ{}
	for _, n := range g.Nodes() {
		d := 1 << 30
		if n == src {
			d = 0
		}
		it := &pqItem{node: n, dist: d}
		items[n] = it
		heap.Push(&q, it)
	}
	dist := map[string]int{}
	prev := map[string]string{}
	fixes := 0
	for q.Len() > 0 {
		it := heap.Pop(&q).(*pqItem)
		dist[it.node] = it.dist
		for _, a := range g.adj[it.node] {
			nb := items[a.To]
			if nb.index >= 0 && it.dist+a.Cost < nb.dist {
				nb.dist = it.dist + a.Cost
				prev[a.To] = it.node
				heap.Fix(&q, nb.index)
				fixes++
			}
		}
	}
	return dist, prev, fixes
}

func pathTo(prev map[string]string, to string) string {
	p := []string{to}
	for {
		f, ok := prev[p[0]]
		if !ok {
			break
		}
		p = append([]string{f}, p...)
	}
	return strings.Join(p, ">")
}

//cell

func (g *Graph) Levels(src string) [][]string {
	seen := map[string]bool{src: true}
	frontier := []string{src}
	var levels [][]string
	for len(frontier) > 0 {
		levels = append(levels, frontier)
		var next []string
		for _, n := range frontier {
			for _, a := range g.adj[n] {
				if !seen[a.To] {
					seen[a.To] = true
					next = append(next, a.To)
				}
			}
		}
		sort.Strings(next)
		frontier = next
	}
	return levels
}

type color int

const (
	white color = iota
	gray
	black
)

func findCycle(deps map[string][]string) []string {
	state := map[string]color{}
	var stack []string
	var cycle []string
	var dfs func(n string) bool
	dfs = func(n string) bool {
		state[n] = gray
		stack = append(stack, n)
		for _, m := range deps[n] {
			switch state[m] {
			case gray:
				for i, s := range stack {
					if s == m {
						cycle = append(append([]string{}, stack[i:]...), m)
					}
				}
				return true
			case white:
				if dfs(m) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = black
		return false
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if state[k] == white && dfs(k) {
			return cycle
		}
	}
	return nil
}

func topo(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for c, ps := range deps {
		indeg[c] += 0
		for _, p := range ps {
			indeg[p] += 0
			indeg[c]++
			users[p] = append(users[p], c)
		}
	}
	var ready []string
	for c, d := range indeg {
		if d == 0 {
			ready = append(ready, c)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		c := ready[0]
		ready = ready[1:]
		order = append(order, c)
		for _, u := range users[c] {
			if indeg[u]--; indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle: %d of %d ordered", len(order), len(indeg))
	}
	return order, nil
}

//cell

func main() {
	g := &Graph{}
	for _, e := range strings.Fields("A-B-7 A-C-9 A-F-14 B-C-10 B-D-15 C-D-11 C-F-2 D-E-6 E-F-9") {
		p := strings.Split(e, "-")
		var c int
		fmt.Sscan(p[2], &c)
		g.Add(p[0], p[1], c)
	}
	dist, prev, fixes := g.Dijkstra("A")
	for _, n := range g.Nodes() {
		fmt.Printf("%s %2d %s\n", n, dist[n], pathTo(prev, n))
	}
	fmt.Println("fixes", fixes)
	fmt.Println(g.Levels("E"))

	deps := map[string][]string{
		"algo":     {"ds", "math"},
		"ds":       {"intro"},
		"math":     {},
		"compiler": {"algo", "theory"},
		"theory":   {"math"},
		"intro":    {},
	}
	order, err := topo(deps)
	fmt.Println(order, err, findCycle(deps))
	deps["intro"] = []string{"compiler"}
	order, err = topo(deps)
	fmt.Println(order, err)
	fmt.Println(findCycle(deps))
}
