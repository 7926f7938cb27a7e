//go:build ignore

// Dijkstra's shortest paths over a generic graph Graph[N comparable]
// with a container/heap priority queue whose items keep their index
// (decrease-key with heap.Fix), path reconstruction, an A*-style grid
// search reusing the queue, and Prim's spanning tree; values of the
// graph declared in one cell and edges added in later ones.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

//cell

type Edge[N comparable] struct {
	To     N
	Weight float64
}

type Graph[N comparable] struct {
	adj   map[N][]Edge[N]
	nodes []N
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: make(map[N][]Edge[N])}
}

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N]) Connect(a, b N, w float64) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], Edge[N]{b, w})
	g.adj[b] = append(g.adj[b], Edge[N]{a, w})
}

//cell

type item[N comparable] struct {
	node  N
	dist  float64
	index int
}

type pq[N comparable] []*item[N]

func (q pq[N]) Len() int           { return len(q) }
func (q pq[N]) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq[N]) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq[N]) Push(x any) {
	it := x.(*item[N])
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq[N]) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*q = old[:n-1]
	return it
}

//cell

func (g *Graph[N]) Dijkstra(src N) (map[N]float64, map[N]N) {
	dist := map[N]float64{}
	prev := map[N]N{}
	items := map[N]*item[N]{}
	q := &pq[N]{}
	for _, n := range g.nodes {
		d := math.Inf(1)
		if n == src {
			d = 0
		}
		dist[n] = d
		it := &item[N]{node: n, dist: d}
		items[n] = it
		heap.Push(q, it)
	}
	for q.Len() > 0 {
		u := heap.Pop(q).(*item[N])
		for _, e := range g.adj[u.node] {
			v := items[e.To]
			if v.index < 0 {
				continue
			}
			if alt := u.dist + e.Weight; alt < v.dist {
				v.dist = alt
				dist[e.To] = alt
				prev[e.To] = u.node
				heap.Fix(q, v.index)
			}
		}
	}
	return dist, prev
}

func Path[N comparable](prev map[N]N, src, dst N) []N {
	var p []N
	for at := dst; ; {
		p = append(p, at)
		if at == src {
			break
		}
		next, ok := prev[at]
		if !ok {
			return nil
		}
		at = next
	}
	slices.Reverse(p)
	return p
}

//cell

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func gridGraph(rows []string) (*Graph[Point], Point, Point) {
	g := NewGraph[Point]()
	var s, e Point
	for y, row := range rows {
		for x, ch := range row {
			if ch == '#' {
				continue
			}
			p := Point{x, y}
			g.addNode(p)
			switch ch {
			case 'S':
				s = p
			case 'E':
				e = p
			}
			for _, d := range []Point{{-1, 0}, {0, -1}} {
				q := Point{x + d.X, y + d.Y}
				if q.X >= 0 && q.Y >= 0 && rows[q.Y][q.X] != '#' {
					w := 1.0
					if ch == '~' || rows[q.Y][q.X] == '~' {
						w = 5
					}
					g.Connect(q, p, w)
				}
			}
		}
	}
	return g, s, e
}

func (g *Graph[N]) Prim(start N) (total float64, edges int) {
	in := map[N]bool{start: true}
	q := &pq[N]{}
	for _, e := range g.adj[start] {
		heap.Push(q, &item[N]{node: e.To, dist: e.Weight})
	}
	for q.Len() > 0 {
		it := heap.Pop(q).(*item[N])
		if in[it.node] {
			continue
		}
		in[it.node] = true
		total += it.dist
		edges++
		for _, e := range g.adj[it.node] {
			if !in[e.To] {
				heap.Push(q, &item[N]{node: e.To, dist: e.Weight})
			}
		}
	}
	return
}

//cell

var cities = NewGraph[string]()

func init() {
	cities.Connect("Amsterdam", "Berlin", 655)
	cities.Connect("Amsterdam", "Paris", 503)
	cities.Connect("Berlin", "Prague", 350)
	cities.Connect("Paris", "Zurich", 600)
	cities.Connect("Zurich", "Prague", 680)
	cities.Connect("Prague", "Vienna", 330)
	cities.Connect("Zurich", "Vienna", 800)
}

//cell

func main() {
	dist, prev := cities.Dijkstra("Amsterdam")
	for _, c := range cities.nodes {
		fmt.Printf("%-9s %6.0f %s\n", c, dist[c], strings.Join(Path(prev, "Amsterdam", c), " > "))
	}
	cities.Connect("Paris", "Vienna", 1000)
	cities.Connect("Oslo", "Oslo", 0)
	dist, prev = cities.Dijkstra("Paris")
	fmt.Println(dist["Vienna"], Path(prev, "Paris", "Vienna"), Path(prev, "Paris", "Oslo"), math.IsInf(dist["Oslo"], 1))

	g, s, e := gridGraph([]string{
		"S..#....",
		".#.#.~~.",
		".#...#..",
		"...#.#.E",
	})
	d, pv := g.Dijkstra(s)
	fmt.Println(s, e, d[e], len(g.nodes))
	fmt.Println(Path(pv, s, e))
	total, n := g.Prim(s)
	fmt.Println(total, n)
	t2, n2 := cities.Prim("Berlin")
	fmt.Printf("%.0f %d\n", t2, n2)
}
