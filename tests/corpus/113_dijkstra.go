//go:build ignore

// Dijkstra's shortest paths with container/heap on a small weighted graph.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Graph map[string][]Edge

type item struct {
	node string
	dist int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any     { o := *q; it := o[len(o)-1]; *q = o[:len(o)-1]; return it }

//cell

func shortest(g Graph, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &pq{{src, 0}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(item)
		if d, ok := dist[cur.node]; ok && d < cur.dist {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.weight
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(q, item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

//cell

func main() {
	g := Graph{
		"A": {{"B", 7}, {"C", 9}, {"F", 14}},
		"B": {{"A", 7}, {"C", 10}, {"D", 15}},
		"C": {{"A", 9}, {"B", 10}, {"D", 11}, {"F", 2}},
		"D": {{"B", 15}, {"C", 11}, {"E", 6}},
		"E": {{"D", 6}, {"F", 9}},
		"F": {{"A", 14}, {"C", 2}, {"E", 9}},
	}
	dist, prev := shortest(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F"} {
		fmt.Printf("%s %2d %s\n", n, dist[n], path(prev, n))
	}
	_, ok := dist["Z"]
	fmt.Println(ok, math.MaxInt32 > dist["E"])
}
